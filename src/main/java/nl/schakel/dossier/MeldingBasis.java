package nl.schakel.dossier;

import java.util.List;
import nl.schakel.afwegingskader.KaderVersion;
import nl.schakel.afwegingskader.Meldnorm;
import nl.schakel.dossier.domain.Afweging;
import nl.schakel.dossier.domain.Beslissing;
import org.jspecify.annotations.Nullable;

/**
 * What a melding to Veilig Thuis takes from steps 4 and 5.
 *
 * @param kader the kader of the afwegingen; {@code null} when none was answered and no kader is known yet
 * @param afwegingen the answers in force with their reasons, in the order 1 to 5
 * @param beslissing1 beslissing 1 with its reason, if recorded
 * @param beslissing2 beslissing 2 with its reason and checklist, if recorded
 * @param acuteOfStructureleOnveiligheid the melding is for acute or structurele onveiligheid (afweging 2 = ja or a
 *     disclosure): afwegingen 3 to 5 are then answered together with Veilig Thuis (rule 3)
 * @param disclosure a signaal in force is a disclosure (rule 13)
 * @param acuteOnveiligheid afweging 2 = ja for acute onveiligheid (or without the kind: ADR-0018); with a
 *     disclosure the melding arrives acute at Veilig Thuis
 * @param structureleOnveiligheid afweging 2 = ja for structurele onveiligheid
 * @param meldnorm the meldnorm that makes the melding necessary, if the afwegingen give one
 * @param meldenNodig melden is necessary (beslissing 1 as it counts, rules 10 and 12)
 * @param meldenMogelijk the professional may go on to the melding now (also by the accelerated path, rule 26)
 */
public record MeldingBasis(
        @Nullable KaderVersion kader,
        List<Afweging> afwegingen,
        @Nullable Beslissing beslissing1,
        @Nullable Beslissing beslissing2,
        boolean acuteOfStructureleOnveiligheid,
        boolean disclosure,
        boolean acuteOnveiligheid,
        boolean structureleOnveiligheid,
        @Nullable Meldnorm meldnorm,
        boolean meldenNodig,
        boolean meldenMogelijk) {

    public MeldingBasis {
        afwegingen = List.copyOf(afwegingen);
    }

    /** Afweging {@code nummer} (3 to 5) is answered together with Veilig Thuis (rule 3). */
    public boolean samenMetVeiligThuis(int nummer) {
        return acuteOfStructureleOnveiligheid && nummer >= 3;
    }

    @Override
    public String toString() {
        return "MeldingBasis[" + afwegingen.size() + "]";
    }
}
