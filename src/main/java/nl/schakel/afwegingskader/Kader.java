package nl.schakel.afwegingskader;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import nl.schakel.shared.Beroepscluster;

/**
 * The afwegingskader of one beroepscluster, in one version: the data that differs per cluster. The decision code is
 * the same for all ({@link Afwegingskader}). Each version is a data file in {@code src/main/resources/afwegingskader}
 * (ADR-0027), read and checked at start by {@code afwegingskader.files.KaderFiles}.
 *
 * @param code stable, URL-safe code of the kader (the {@code kadercode} of the API); the same in every version
 * @param version version of this data, a year and a number ({@code 2019.1}); a recorded afweging stores it with the
 *     code
 * @param beroepscluster the cluster whose professionals use this kader
 * @param stepOfAfwegingen the meldcode step (4 or 5) in which the afwegingen are asked; the beslissingen are always
 *     in step 5 (domain spec §1.2)
 * @param acuteOnveiligheid examples of acute onveiligheid, for afweging 2
 * @param structureleOnveiligheid examples of structurele onveiligheid, for afweging 2
 * @param source where the kader and its examples come from (the sources name the documents in Dutch)
 */
public record Kader(
        String code,
        String version,
        Beroepscluster beroepscluster,
        int stepOfAfwegingen,
        List<BilingualText> acuteOnveiligheid,
        List<BilingualText> structureleOnveiligheid,
        BilingualText source) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

    private static final Pattern VERSION = Pattern.compile("[0-9]{4}\\.[0-9]+");

    /** Versions oldest first: by year, then by number ({@code 2019.2} before {@code 2019.10}). */
    static final Comparator<Kader> OLDEST_FIRST = Comparator.<Kader>comparingInt(kader -> kader.versionPart(0))
            .thenComparingInt(kader -> kader.versionPart(1));

    public Kader {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a kader code is lower-case words joined by '-', not '" + code + "'");
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException(
                    "kader " + code + " needs a version of a year and a number, like 2019.1, not '" + version + "'");
        }
        if (stepOfAfwegingen != 4 && stepOfAfwegingen != 5) {
            throw new IllegalArgumentException("the afwegingen sit in step 4 or 5, not " + stepOfAfwegingen);
        }
        if (acuteOnveiligheid.isEmpty() || structureleOnveiligheid.isEmpty()) {
            throw new IllegalArgumentException(
                    "kader " + code + " needs examples of acute and structurele onveiligheid");
        }
        acuteOnveiligheid = List.copyOf(acuteOnveiligheid);
        structureleOnveiligheid = List.copyOf(structureleOnveiligheid);
    }

    public KaderVersion kaderVersion() {
        return new KaderVersion(code, version);
    }

    /** The examples of acute onveiligheid in this language ({@code "nl"} or {@code "en"}). */
    public List<String> acuteOnveiligheidExamples(String language) {
        return acuteOnveiligheid.stream().map(text -> text.in(language)).toList();
    }

    /** The examples of structurele onveiligheid in this language ({@code "nl"} or {@code "en"}). */
    public List<String> structureleOnveiligheidExamples(String language) {
        return structureleOnveiligheid.stream().map(text -> text.in(language)).toList();
    }

    /** The examples of acute onveiligheid in Dutch, the wording of the sources. */
    public List<String> acuteOnveiligheidExamples() {
        return acuteOnveiligheidExamples("nl");
    }

    /** The examples of structurele onveiligheid in Dutch, the wording of the sources. */
    public List<String> structureleOnveiligheidExamples() {
        return structureleOnveiligheidExamples("nl");
    }

    private int versionPart(int index) {
        return Integer.parseInt(version.split("\\.")[index]);
    }
}
