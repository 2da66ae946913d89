package nl.schakel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packagesOf = Application.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The afwegingskader's loader of its kader data files (ADR-0027): the one part of the module that reads files. */
    private static final String AFWEGINGSKADER_FILES = "nl.schakel.afwegingskader.files..";

    /**
     * D1: domain code depends only on Java (including {@code javax.crypto}, which is part of {@code java.base}),
     * its own module's domain, the shared kernel and JSpecify.
     */
    @ArchTest
    static final ArchRule domainDependsOnlyOnJavaItsOwnDomainSharedAndJspecify = classes()
            .that()
            .resideInAPackage("nl.schakel..domain..")
            .should(dependOnlyOnAllowedPackages())
            .because("domain rules are plain Java (style guide D1)");

    /**
     * D1 for the afwegingskader module: its decision model and kaders are plain Java too. Only its package
     * {@code afwegingskader.files} reads the kader data files (ADR-0027).
     */
    @ArchTest
    static final ArchRule afwegingskaderDependsOnlyOnJavaSharedAndJspecify = classes()
            .that()
            .resideInAPackage("nl.schakel.afwegingskader..")
            .and()
            .resideOutsideOfPackage(AFWEGINGSKADER_FILES)
            .and()
            .doNotHaveSimpleName("package-info")
            .should(dependOnlyOnAllowedPackages())
            .because("the afwegingskader is plain Java: no Spring, no I/O (style guide D1)");

    /**
     * The afwegingskader's decision model does no I/O: it reads no file, socket or database. Its kaders are data files
     * that only {@code afwegingskader.files} reads, once at start (ADR-0027).
     */
    @ArchTest
    static final ArchRule afwegingskaderDoesNoIo = noClasses()
            .that()
            .resideInAPackage("nl.schakel.afwegingskader..")
            .and()
            .resideOutsideOfPackage(AFWEGINGSKADER_FILES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "javax..")
            .because("the afwegingskader is a pure decision model (style guide D1, D6)");

    /**
     * Internal packages whose immutable value records a module's API may expose (ADR-0012: the dossier journal's
     * payloads, and likewise the Veilig Thuis case's). Nothing outside the module may depend on them; the modularity test checks that.
     */
    private static final Set<String> SHOWN_AS_THEY_ARE =
            Set.of("nl.schakel.dossier.domain", "nl.schakel.veiligthuis.domain");

    /**
     * B1: a module's API (the public types of its root package) exposes no type of its internal packages, so that
     * other modules never need to reach into them.
     */
    @ArchTest
    static final ArchRule moduleApiExposesNoInternalTypes = methods()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat(areModuleApi())
            .should(exposeNoInternalTypes())
            .because("other modules may use only the module's root package (style guide B1)");

    /** Web code goes through the module facade, never straight to a store. */
    @ArchTest
    static final ArchRule webDoesNotUsePersistence = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..persistence..")
            .because("controllers translate HTTP to the module API (style guide W1)");

    /** W1: controllers are package-private. */
    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .because("controllers are no API of their module (style guide W1)");

    /** D5: every time read goes through the injected Clock, which only the shared kernel creates. */
    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .that()
            .resideOutsideOfPackage("nl.schakel.shared..")
            .should()
            .callMethodWhere(readsTheSystemClock())
            .because("time comes from the injected Clock, so tests can fix it (style guide D5)");

    private static final Set<Class<?>> TIME_TYPES = Set.of(
            Instant.class,
            LocalDateTime.class,
            LocalDate.class,
            LocalTime.class,
            ZonedDateTime.class,
            OffsetDateTime.class);

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe(
                "a read of the system clock (Instant.now(), LocalDateTime.now(), System.currentTimeMillis(), ...)",
                call -> {
                    JavaClass owner = call.getTargetOwner();
                    String name = call.getName();
                    boolean timeNow = name.equals("now") && TIME_TYPES.stream().anyMatch(owner::isEquivalentTo);
                    boolean systemMillis = owner.isEquivalentTo(System.class)
                            && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                    boolean systemClock = owner.isEquivalentTo(java.time.Clock.class)
                            && (name.startsWith("system") || name.equals("tickMillis"));
                    return timeNow || systemMillis || systemClock;
                });
    }

    /**
     * The afwegingskader is itself plain Java (D1, checked above), so domain code may use its decision model: the
     * dossier's {@code Voortgang} feeds it the answers of the journal.
     */
    private static final String AFWEGINGSKADER = "nl.schakel.afwegingskader";

    private static ArchCondition<JavaClass> dependOnlyOnAllowedPackages() {
        return new ArchCondition<>(
                "depend only on java.. (and javax.crypto..), their own module's domain (the whole module for"
                        + " afwegingskader), the afwegingskader, nl.schakel.shared.. and org.jspecify..") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String ownDomain = origin.getPackageName()
                        .replaceFirst("(\\.domain)(\\..*)?$", "$1")
                        .replaceFirst("^(nl\\.schakel\\.afwegingskader)(\\..*)?$", "$1");
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (target.isPrimitive()) {
                        return;
                    }
                    String pkg = target.getPackageName();
                    boolean allowed = pkg.equals("java")
                            || pkg.startsWith("java.")
                            || pkg.startsWith("javax.crypto")
                            || pkg.equals(ownDomain)
                            || pkg.startsWith(ownDomain + ".")
                            || pkg.equals("nl.schakel.shared")
                            || pkg.startsWith("nl.schakel.shared.")
                            || pkg.equals(AFWEGINGSKADER)
                            || pkg.startsWith("org.jspecify.");
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static final Pattern MODULE_ROOT = Pattern.compile("nl\\.schakel\\.[a-z]+");

    private static DescribedPredicate<JavaClass> areModuleApi() {
        return DescribedPredicate.describe(
                "public types of a module's root package",
                type -> type.getModifiers().contains(JavaModifier.PUBLIC)
                        && MODULE_ROOT.matcher(type.getPackageName()).matches());
    }

    private static ArchCondition<JavaMethod> exposeNoInternalTypes() {
        return new ArchCondition<>("expose no type of a module's internal packages") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaClass> exposed = new HashSet<>(method.getReturnType().getAllInvolvedRawTypes());
                method.getParameterTypes().forEach(type -> exposed.addAll(type.getAllInvolvedRawTypes()));
                for (JavaClass type : exposed) {
                    String pkg = type.getBaseComponentType().getPackageName();
                    if (pkg.startsWith("nl.schakel.")
                            && !pkg.startsWith("nl.schakel.shared")
                            && !MODULE_ROOT.matcher(pkg).matches()
                            && !SHOWN_AS_THEY_ARE.contains(pkg)) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " exposes internal type " + type.getName()));
                    }
                }
            }
        };
    }
}
