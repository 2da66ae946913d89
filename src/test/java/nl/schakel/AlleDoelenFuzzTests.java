package nl.schakel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every fuzz target of the project in one (ADR-0041): each input first picks a target, then goes to it. Jazzer fuzzes
 * one {@code @FuzzTest} per JVM, and its agent takes about 15 s of CPU to start (it scans the class path); so CI
 * ({@code -Pfuzz}) fuzzes this one for the whole budget instead of starting a JVM per target. Coverage guidance keeps
 * the inputs of every target, so each gets its share. A new {@code *FuzzTests} class is found here without a change.
 * A finding names the target in its stack trace; reproduce it there with {@code scripts/fuzz.sh}.
 */
class AlleDoelenFuzzTests {

    private record Doel(Object test, Method method) {}

    private static final List<Doel> DOELEN = doelen();

    @FuzzTest
    void elkDoel(FuzzedDataProvider data) throws Throwable {
        Doel doel = DOELEN.get(data.consumeInt(0, DOELEN.size() - 1));
        try {
            doel.method().invoke(doel.test(), data);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @org.junit.jupiter.api.Test
    void vindtAlleDoelen() {
        assertThat(DOELEN.stream().map(d -> d.test().getClass().getSimpleName()))
                .contains("BsnFuzzTests", "WerkdagkalenderFuzzTests", "AfwegingskaderFuzzTests")
                .doesNotContain(AlleDoelenFuzzTests.class.getSimpleName());
    }

    /** The {@code @FuzzTest} methods of every {@code *FuzzTests} class beside this one, in a stable order. */
    private static List<Doel> doelen() {
        Path root;
        try {
            root = Path.of(AlleDoelenFuzzTests.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith("FuzzTests.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(root.getFileSystem().getSeparator(), "."))
                    .filter(name -> !name.equals(AlleDoelenFuzzTests.class.getName()))
                    .sorted()
                    .flatMap(AlleDoelenFuzzTests::doelen)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Doel> doelen(String className) {
        try {
            Class<?> type = Class.forName(className);
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object test = constructor.newInstance();
            return Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(FuzzTest.class))
                    .filter(m -> Arrays.equals(m.getParameterTypes(), new Class<?>[] {FuzzedDataProvider.class}))
                    .sorted(Comparator.comparing(Method::getName))
                    .map(m -> {
                        m.setAccessible(true);
                        return new Doel(test, m);
                    });
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("fuzz target " + className, e);
        }
    }
}
