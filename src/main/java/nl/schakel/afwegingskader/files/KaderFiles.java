package nl.schakel.afwegingskader.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.schakel.afwegingskader.BilingualText;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.shared.Beroepscluster;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the kaders from their data files and checks them (ADR-0027): one JSON file per kader version, named
 * {@code <code>-<versie>.json}, in {@code src/main/resources/afwegingskader}. A file that is not valid JSON, lacks a
 * field, names an unknown beroepscluster, puts the afwegingen in a step other than 4 or 5, or repeats a version of
 * its cluster, and a beroepscluster without any file, stop the loading with a {@link KaderFileException} that names
 * the file and the problem. This is the only place in the module that reads files; the decision code gets the
 * loaded {@link Kader} values.
 *
 * <p>The schema of a file (every field required unless said otherwise):
 *
 * <pre>{@code
 * {
 *   "code": "onderwijs",                  // lower-case words joined by '-'; the same in every version
 *   "versie": "2019.1",                   // year.number; the newest version of a cluster is the current one
 *   "beroepscluster": "ONDERWIJS",        // a constant of nl.schakel.shared.Beroepscluster
 *   "stapVanAfwegingen": 4,               // 4, or 5 when the afwegingen sit in step 5 (artsen)
 *   "bron": {"nl": "...", "en": "..."},   // where the kader and its examples come from
 *   "toelichting": "...",                 // optional: for maintainers, where the content comes from
 *   "voorbeelden": {
 *     "acuteOnveiligheid": [{"nl": "...", "en": "..."}],       // at least one
 *     "structureleOnveiligheid": [{"nl": "...", "en": "..."}]  // at least one
 *   }
 * }
 * }</pre>
 */
public final class KaderFiles {

    /** Where the shipped kaders are: every JSON file in {@code afwegingskader/} on the class path. */
    public static final String SHIPPED = "classpath*:afwegingskader/*.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private KaderFiles() {}

    /** The shipped kaders, every version, checked. */
    public static List<Kader> shipped() {
        return load(SHIPPED);
    }

    /**
     * The kaders in the files matching this Spring resource pattern ({@code classpath*:…/*.json},
     * {@code file:/…/*.json}), every version, checked one by one and together.
     *
     * @throws KaderFileException naming the file and what is wrong with it
     */
    public static List<Kader> load(String locationPattern) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(KaderFiles.class.getClassLoader())
                    .getResources(locationPattern);
        } catch (IOException e) {
            throw new KaderFileException(locationPattern, "the kader files cannot be listed: " + e.getMessage(), e);
        }
        List<Resource> files = Arrays.stream(resources)
                .sorted(Comparator.comparing(resource -> String.valueOf(resource.getFilename())))
                .toList();
        if (files.isEmpty()) {
            throw new KaderFileException(locationPattern, "no kader files found");
        }
        List<Loaded> loaded = new ArrayList<>();
        for (Resource file : files) {
            String name = String.valueOf(file.getFilename());
            loaded.add(new Loaded(name, read(name, file)));
        }
        checkAcrossFiles(locationPattern, loaded);
        return loaded.stream().map(Loaded::kader).toList();
    }

    private record Loaded(String file, Kader kader) {}

    /** One file as written; {@code null} is a field the file lacks. */
    record KaderFile(
            @Nullable String code,
            @Nullable String versie,
            @Nullable String beroepscluster,
            @Nullable Integer stapVanAfwegingen,
            @Nullable Text bron,
            @Nullable String toelichting,
            @Nullable Voorbeelden voorbeelden) {}

    record Text(@Nullable String nl, @Nullable String en) {}

    record Voorbeelden(
            @Nullable List<@Nullable Text> acuteOnveiligheid,
            @Nullable List<@Nullable Text> structureleOnveiligheid) {}

    private static Kader read(String name, Resource resource) {
        KaderFile file;
        try (InputStream in = resource.getInputStream()) {
            file = JSON.readValue(in, KaderFile.class);
        } catch (JacksonException e) {
            throw new KaderFileException(name, "not a valid kader file: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new KaderFileException(name, "cannot be read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new KaderFileException(name, "is empty");
        }
        String code = required(name, "code", file.code());
        String versie = required(name, "versie", file.versie());
        Beroepscluster cluster = cluster(name, required(name, "beroepscluster", file.beroepscluster()));
        Integer stap = file.stapVanAfwegingen();
        if (stap == null) {
            throw missing(name, "stapVanAfwegingen");
        }
        if (stap != 4 && stap != 5) {
            throw new KaderFileException(
                    name, "stapVanAfwegingen is " + stap + ", but the afwegingen sit in step 4 or 5");
        }
        BilingualText bron = text(name, "bron", file.bron());
        Voorbeelden voorbeelden = file.voorbeelden();
        if (voorbeelden == null) {
            throw missing(name, "voorbeelden");
        }
        List<BilingualText> acuut = examples(name, "voorbeelden.acuteOnveiligheid", voorbeelden.acuteOnveiligheid());
        List<BilingualText> structureel =
                examples(name, "voorbeelden.structureleOnveiligheid", voorbeelden.structureleOnveiligheid());
        String expectedName = code + "-" + versie + ".json";
        if (!name.equals(expectedName)) {
            throw new KaderFileException(
                    name, "the file of kader " + code + " version " + versie + " must be named " + expectedName);
        }
        try {
            return new Kader(code, versie, cluster, stap, acuut, structureel, bron);
        } catch (IllegalArgumentException e) {
            throw new KaderFileException(name, e.getMessage(), e);
        }
    }

    private static String required(String file, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw missing(file, field);
        }
        return value;
    }

    private static KaderFileException missing(String file, String field) {
        return new KaderFileException(file, "the required field " + field + " is missing or empty");
    }

    private static Beroepscluster cluster(String file, String name) {
        try {
            return Beroepscluster.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new KaderFileException(
                    file,
                    "beroepscluster " + name + " is unknown; known are "
                            + Arrays.stream(Beroepscluster.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    private static BilingualText text(String file, String field, @Nullable Text text) {
        if (text == null) {
            throw missing(file, field);
        }
        return new BilingualText(required(file, field + ".nl", text.nl()), required(file, field + ".en", text.en()));
    }

    private static List<BilingualText> examples(String file, String field, @Nullable List<@Nullable Text> examples) {
        if (examples == null || examples.isEmpty()) {
            throw new KaderFileException(file, field + " needs at least one example");
        }
        List<BilingualText> texts = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            texts.add(text(file, field + "[" + i + "]", examples.get(i)));
        }
        return texts;
    }

    /**
     * Across the files: a version appears once per cluster, a code belongs to one cluster, and every beroepscluster
     * has a kader (rule 15).
     */
    private static void checkAcrossFiles(String locationPattern, List<Loaded> loaded) {
        Map<String, String> fileOfVersion = new HashMap<>();
        Map<String, Loaded> clusterOfCode = new HashMap<>();
        Map<Beroepscluster, String> codeOfCluster = new EnumMap<>(Beroepscluster.class);
        for (Loaded file : loaded) {
            Kader kader = file.kader();
            String version = kader.beroepscluster() + " " + kader.version();
            String earlier = fileOfVersion.putIfAbsent(version, file.file());
            if (earlier != null) {
                throw new KaderFileException(
                        file.file(),
                        "version " + kader.version() + " of beroepscluster " + kader.beroepscluster() + " is also in "
                                + earlier + "; a new version needs a new version number");
            }
            Loaded sameCode = clusterOfCode.putIfAbsent(kader.code(), file);
            if (sameCode != null && sameCode.kader().beroepscluster() != kader.beroepscluster()) {
                throw new KaderFileException(
                        file.file(),
                        "code " + kader.code() + " belongs to beroepscluster "
                                + sameCode.kader().beroepscluster() + " in " + sameCode.file());
            }
            String otherCode = codeOfCluster.putIfAbsent(kader.beroepscluster(), kader.code());
            if (otherCode != null && !otherCode.equals(kader.code())) {
                throw new KaderFileException(
                        file.file(),
                        "beroepscluster " + kader.beroepscluster() + " has code " + otherCode
                                + " in its other versions; every version of a kader keeps its code");
            }
        }
        List<Beroepscluster> without = Arrays.stream(Beroepscluster.values())
                .filter(cluster -> !codeOfCluster.containsKey(cluster))
                .toList();
        if (!without.isEmpty()) {
            throw new KaderFileException(
                    locationPattern,
                    "no kader file for beroepscluster "
                            + without.stream().map(Objects::toString).collect(Collectors.joining(", ")));
        }
    }
}
