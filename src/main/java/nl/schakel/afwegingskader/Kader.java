package nl.schakel.afwegingskader;

import java.util.List;
import java.util.regex.Pattern;
import nl.schakel.shared.Beroepscluster;

/**
 * The afwegingskader of one beroepscluster, in one version: the data that differs per cluster. The decision code is
 * the same for all ({@link Afwegingskader}).
 *
 * @param code stable, URL-safe code of the kader (the {@code kadercode} of the API)
 * @param version version of this data; a recorded afweging stores it with the code
 * @param beroepscluster the cluster whose professionals use this kader
 * @param stepOfAfwegingen the meldcode step (4 or 5) in which the afwegingen are asked; the beslissingen are always
 *     in step 5 (domain spec §1.2)
 * @param acuteOnveiligheidExamples examples of acute onveiligheid, in Dutch, for afweging 2
 * @param structureleOnveiligheidExamples examples of structurele onveiligheid, in Dutch, for afweging 2
 * @param source where the kader and its examples come from
 */
public record Kader(
        String code,
        String version,
        Beroepscluster beroepscluster,
        int stepOfAfwegingen,
        List<String> acuteOnveiligheidExamples,
        List<String> structureleOnveiligheidExamples,
        String source) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

    public Kader {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a kader code is lower-case words joined by '-', not '" + code + "'");
        }
        if (version.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("kader " + code + " needs a version and a source");
        }
        if (stepOfAfwegingen != 4 && stepOfAfwegingen != 5) {
            throw new IllegalArgumentException("the afwegingen sit in step 4 or 5, not " + stepOfAfwegingen);
        }
        if (acuteOnveiligheidExamples.isEmpty() || structureleOnveiligheidExamples.isEmpty()) {
            throw new IllegalArgumentException(
                    "kader " + code + " needs examples of acute and structurele onveiligheid");
        }
        acuteOnveiligheidExamples = List.copyOf(acuteOnveiligheidExamples);
        structureleOnveiligheidExamples = List.copyOf(structureleOnveiligheidExamples);
    }

    public KaderVersion kaderVersion() {
        return new KaderVersion(code, version);
    }
}
