package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * Fuzzes form binding (ADR-0041): every {@code *Form} record of the pages, built by Spring's data binder from any
 * submitted fields (known names, unknown names, repeated names, any text) as a {@code @ModelAttribute} is. Binding never
 * throws; it gives the form or binding errors; a text field sent once holds exactly what was sent and a list field
 * every value sent, in order (the form records hold strings only: the facades check them, see the API bodies' and
 * {@code FormValues}' targets). The forms are found by name, so a new one is fuzzed without a change here.
 */
class FormBindingFuzzTests {

    private static final List<Class<?>> FORMS = forms();

    @FuzzTest
    void anySubmittedFieldsBindToTheFormAsSent(FuzzedDataProvider data) throws Exception {
        Class<?> type = FORMS.get(data.consumeInt(0, FORMS.size() - 1));
        RecordComponent[] components = type.getRecordComponents();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/formulier");
        Map<String, List<String>> sent = new HashMap<>();
        int fields = data.consumeInt(0, 12);
        for (int i = 0; i < fields; i++) {
            String name = data.consumeBoolean()
                    ? components[data.consumeInt(0, components.length - 1)].getName()
                    : data.consumeString(16);
            String value = data.consumeString(300);
            if (!TextInputFilter.isFieldName(name)) {
                // refused with a 400 before any binder sees it (TextInputFilter)
                continue;
            }
            request.addParameter(name, value);
            sent.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }

        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.construct(request);

        Object form = binder.getTarget();
        if (form == null) {
            assertThat(binder.getBindingResult().hasErrors()).isTrue();
            return;
        }
        for (RecordComponent component : components) {
            List<String> values = sent.get(component.getName());
            boolean alsoIndexed = sent.keySet().stream()
                    .anyMatch(name ->
                            name.startsWith(component.getName() + "[") || name.startsWith(component.getName() + "."));
            if (values == null || alsoIndexed) {
                continue;
            }
            Object bound = read(component, form);
            if (component.getType() == String.class && values.size() == 1) {
                assertThat(bound).as(component.getName()).isEqualTo(values.getFirst());
            } else if (component.getType() == List.class) {
                assertThat(bound).as(component.getName()).isEqualTo(values);
            }
        }
    }

    @Test
    void findsTheFormsOfThePages() {
        assertThat(FORMS.stream().map(Class::getSimpleName))
                .contains("SignaalForm", "BetrokkeneForm", "AfwegingForm")
                .hasSizeGreaterThan(20);
    }

    private static Object read(RecordComponent component, Object form) throws IllegalAccessException {
        component.getAccessor().setAccessible(true);
        try {
            return component.getAccessor().invoke(form);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Every record named {@code *Form} in the app. */
    private static List<Class<?>> forms() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Form")));
        return scanner.findCandidateComponents("nl.schakel").stream()
                .<Class<?>>map(definition -> load(Objects.requireNonNull(definition.getBeanClassName())))
                .filter(Class::isRecord)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
