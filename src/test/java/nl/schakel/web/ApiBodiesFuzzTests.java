package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the JSON body of every API operation (ADR-0041), read as the app reads it: with the app's own JsonMapper
 * (Spring Boot's Jackson configuration plus {@link StrictJson}) into the operation's request record, then the text
 * rule of {@link TextInputAdvice}, then the record's own checks (its {@code toNew}, {@code payload} and the like, with
 * a fixed today). Any text ends in one of three ways only: Jackson refuses it (a 400 problem from {@code
 * ApiErrorAdvice}), an {@link InvalidInputException} naming fields (a 400 problem with Dutch messages), or a checked
 * body; never another exception. A date that Jackson lets through lies in the years a person can enter. The
 * operations are found from the {@code @RequestBody} parameters of the {@code @RestController}s, so a new one is
 * fuzzed without a change here.
 */
class ApiBodiesFuzzTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final JsonMapper JSON = appJsonMapper();
    private static final List<Class<?>> BODIES = requestBodies();
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals");

    @FuzzTest
    @DictionaryEntries({
        "{\"",
        "\":",
        "\",\"",
        "[{",
        "}]",
        "null",
        "true",
        "false",
        "\"2026-01-05\"",
        "\"+999999999-12-31\"",
        "\"111222333\"",
        "\\u0000",
        "\\ud800",
        "naam",
        "geboortedatum",
        "bsn",
        "relatie",
        "betrokkenen",
        "datum",
        "waarneming",
        "soort",
        "bron",
        "vormen",
        "disclosure",
        "met",
        "persoon",
        "advies",
        "corrigeert",
        "reden",
        "signaal",
        "afweging",
        "nummer",
        "antwoord",
        "regio",
        "KIND",
        "FEIT",
        "ACUUT"
    })
    void anyBodyIsRefusedWithA400OrReadAndChecked(FuzzedDataProvider data) throws Throwable {
        Class<?> type = BODIES.get(data.consumeInt(0, BODIES.size() - 1));
        String json = data.consumeRemainingAsString();
        Object body;
        try {
            body = JSON.readValue(json, type);
        } catch (JacksonException e) {
            return;
        }
        if (body == null) {
            return;
        }
        try {
            new TextInputAdvice().afterBodyRead(body, null, null, type, null);
            checkDates(body, 0);
            for (Method check : checks(type)) {
                try {
                    check.invoke(
                            body,
                            Arrays.stream(check.getParameters()).map(p -> TODAY).toArray());
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors()).isNotEmpty();
        }
    }

    @Test
    void findsTheBodiesOfTheApi() {
        assertThat(BODIES.stream().map(Class::getSimpleName))
                .contains("NieuwDossier", "NieuwSignaal", "NieuweAfweging", "NieuweMelding", "EvaluatieRequest")
                .hasSizeGreaterThan(15);
    }

    /** A finding (ADR-0041): ISO dates beyond four-digit years were read, and overflowed later on: a 500. */
    @Test
    void aDateOutsideTheYearsAPersonCanEnterIsRefusedWhenRead() {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "1899-12-31")) {
            String json = "{\"naam\":\"A\",\"geboortedatum\":\"" + date + "\",\"relatie\":\"KIND\"}";
            Class<?> betrokkene = BODIES.stream()
                    .filter(c -> c.getSimpleName().equals("NieuwDossier"))
                    .findFirst()
                    .orElseThrow();
            assertThatThrownBy(() -> JSON.readValue("{\"betrokkenen\":[" + json + "]}", betrokkene))
                    .as(date)
                    .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class)
                    .hasMessageContaining("betrokkenen");
        }
        assertThat(JSON.readValue("\"1900-01-01\"", LocalDate.class)).isEqualTo(FormValues.EERSTE_DATUM);
        assertThat(JSON.readValue("\"9999-12-31\"", LocalDate.class)).isEqualTo(FormValues.LAATSTE_DATUM);
    }

    /** Every date anywhere in a read body lies in the years a person can enter. */
    private static void checkDates(Object value, int depth) throws IllegalAccessException {
        if (depth > 16) {
            return;
        }
        if (value instanceof LocalDate date) {
            assertThat(FormValues.isDate(date)).as("%s", date).isTrue();
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                if (item != null) {
                    checkDates(item, depth + 1);
                }
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                Object field;
                try {
                    field = accessor.invoke(value);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(e.getCause());
                }
                if (field != null) {
                    checkDates(field, depth + 1);
                }
            }
        }
    }

    /** The record's own checks: its instance methods that take nothing or only today's date. */
    private static List<Method> checks(Class<?> type) {
        Set<String> accessors = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .filter(m -> !accessors.contains(m.getName()) && !OBJECT_METHODS.contains(m.getName()))
                .filter(m -> m.getReturnType() != void.class)
                .filter(m ->
                        Arrays.stream(m.getParameters()).map(Parameter::getType).allMatch(LocalDate.class::equals))
                .sorted(Comparator.comparing(Method::getName))
                .peek(m -> m.setAccessible(true))
                .toList();
    }

    /** The request body types of every operation of every {@code @RestController}, JSON ones only. */
    private static List<Class<?>> requestBodies() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        return scanner.findCandidateComponents("nl.schakel").stream()
                .map(bean -> load(Objects.requireNonNull(bean.getBeanClassName())))
                .flatMap(controller -> Arrays.stream(controller.getDeclaredMethods()))
                .flatMap(method -> Arrays.stream(method.getParameters()))
                .filter(parameter -> parameter.isAnnotationPresent(RequestBody.class))
                .<Class<?>>map(Parameter::getType)
                .filter(Class::isRecord)
                .distinct()
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JsonMapper the app builds: Spring Boot's auto-configuration with the app's customizer. */
    private static JsonMapper appJsonMapper() {
        AtomicReference<JsonMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withUserConfiguration(StrictJson.class)
                .run(context -> mapper.set(context.getBean(JsonMapper.class)));
        return mapper.get();
    }
}
