package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * The melding from a Schakel dossier as the region received it, in its structure (spec §1.5, §2.2): the betrokkenen
 * as the professional named them, the signalen, consultaties and gesprekken met de cliënt, the afwegingen and
 * beslissingen with their reasons, what the professional keeps doing and whether the client was told (and the reason
 * if not). It is the region's own copy, written on arrival right after the intake; it holds no melder identity (kept
 * apart, rule 43), but what it says can identify the melder, so only the roles that may see the melder read it.
 *
 * @param ketenMeldingId the id under which the melding crossed the chain
 */
public record DossierMelding(
        UUID ketenMeldingId,
        List<Persoon> betrokkenen,
        List<Signaal> signalen,
        List<Consultatie> consultaties,
        List<Gesprek> gesprekken,
        List<Antwoord> afwegingen,
        List<Antwoord> beslissingen,
        String watBlijftMelderDoen,
        boolean clientGeinformeerd,
        @Nullable String redenNietGeinformeerd)
        implements EntryPayload {

    public DossierMelding {
        betrokkenen = List.copyOf(betrokkenen);
        signalen = List.copyOf(signalen);
        consultaties = List.copyOf(consultaties);
        gesprekken = List.copyOf(gesprekken);
        afwegingen = List.copyOf(afwegingen);
        beslissingen = List.copyOf(beslissingen);
    }

    /** A betrokkene as the professional named them, with their relation to the client. */
    public record Persoon(
            String naam, LocalDate geboortedatum, @Nullable String bsn, Relatie relatie) {

        @Override
        public String toString() {
            return "Persoon[***]";
        }
    }

    /** A signaal: fact, interpretation or from a third party (with the source), and whether it was a disclosure. */
    public record Signaal(
            LocalDate datum,
            String waarneming,
            SignaalSoort soort,
            @Nullable String bron,
            Set<VormVanGeweld> vormen,
            boolean disclosure) {

        public Signaal {
            vormen = Set.copyOf(vormen);
        }

        @Override
        public String toString() {
            return "Signaal[" + soort + "]";
        }
    }

    /** A collegiale consultatie: with whom, and the advice. */
    public record Consultatie(
            LocalDate datum, ConsultatieMet met, @Nullable String persoon, String advies) {

        @Override
        public String toString() {
            return "Consultatie[" + met + "]";
        }
    }

    /**
     * The gesprek met de cliënt (meldcode step 3): held, or skipped with the reason's code ({@code VEILIGHEID_CLIENT},
     * {@code VEILIGHEID_PROFESSIONAL}, {@code VEILIGHEID_ANDEREN}, {@code CONTACT_VERBREKEN}; rule 16).
     */
    public record Gesprek(
            boolean gevoerd,
            @Nullable LocalDate datum,
            @Nullable String metWie,
            @Nullable String besproken,
            @Nullable String reactie,
            @Nullable String redenGeenGesprek,
            @Nullable String toelichting,
            @Nullable Boolean alsnog) {

        @Override
        public String toString() {
            return "Gesprek[" + (gevoerd ? "gevoerd" : redenGeenGesprek) + "]";
        }
    }

    /**
     * An answered afweging or beslissing.
     *
     * @param code {@code VERMOEDEN}, {@code VEILIGHEID}, {@code HULP}, {@code ACCEPTATIE}, {@code RESULTAAT},
     *     {@code MELDEN_NOODZAKELIJK} or {@code HULP_MOGELIJK}
     * @param antwoord {@code JA} or {@code NEE}
     */
    public record Antwoord(String code, String antwoord, String reden) {

        @Override
        public String toString() {
            return "Antwoord[" + code + "]";
        }
    }

    @Override
    public String toString() {
        return "DossierMelding[" + ketenMeldingId + "]";
    }
}
