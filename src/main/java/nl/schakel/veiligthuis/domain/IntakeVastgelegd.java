package nl.schakel.veiligthuis.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * The first entry of every case: the intake as registered, without the melder's identity (kept apart, rule 43) and
 * without the directbetrokkenen (kept in their own rows, to be found by the own-records search).
 *
 * @param ketenMeldingId the id under which the melding arrived from a Schakel dossier through {@code keten}, if it did
 * @param classificatie how the melding relates to earlier involvement of the region (rule 55), at intake
 * @param uitDossier the content of a melding from a Schakel dossier as text, in cases received before the melding was
 *     kept in its structure; {@code null} since then (the content is the case's {@link DossierMelding} entry)
 */
public record IntakeVastgelegd(
        ZaakSoort soort,
        Beller beller,
        boolean anoniem,
        MelderCategorie categorie,
        List<String> vormCodes,
        Set<VormVanGeweld> vormen,
        boolean acuut,
        String omschrijving,
        @Nullable UUID ketenMeldingId,
        Classificatie classificatie,
        @Nullable String uitDossier)
        implements EntryPayload {

    public IntakeVastgelegd {
        vormCodes = List.copyOf(vormCodes);
        vormen = Set.copyOf(vormen);
    }

    public static IntakeVastgelegd van(
            Intake intake, @Nullable UUID ketenMeldingId, Classificatie classificatie, @Nullable String uitDossier) {
        return new IntakeVastgelegd(
                intake.soort(),
                intake.beller(),
                intake.anoniem(),
                intake.categorie(),
                intake.vormCodes(),
                intake.vormen(),
                intake.acuut(),
                intake.omschrijving(),
                ketenMeldingId,
                classificatie,
                uitDossier);
    }

    @Override
    public String toString() {
        return "IntakeVastgelegd[" + soort + "]";
    }
}
