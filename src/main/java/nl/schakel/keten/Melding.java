package nl.schakel.keten;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * A melding to Veilig Thuis as it crosses the chain (meldcode step 5; spec §1.5, §2.1, §2.2): who it is about, what
 * the professional saw, whom they consulted, how they weighed it and decided, what they will keep doing themselves,
 * whether the client was told (and if not, the safety reason why), the melder and the region it is addressed to.
 * It is a copy: the receiver owns it from then on, and nothing in it points into the sender's tables.
 *
 * @param id the melding's own id, chosen by the sender
 * @param gesprekken step 3, the gesprek met de cliënt: each one recorded in the dossier (held, or skipped with its
 *     reason); empty when none was recorded, and in meldingen stored before the gesprek was carried
 * @param aan the Veilig Thuis region it is addressed to
 * @param watBlijfIkDoen what the professional will keep doing for the client after the melding
 * @param clientGeinformeerd whether the client was told of the melding beforehand
 * @param redenNietGeinformeerd the safety reason for not telling; present exactly when the client was not told
 * @param anoniemNaarGezin the melder's wish that the family is not told who made the melding (VT still knows)
 * @param oordeel the melder's judgement of the unsafety (afweging 2 and a disclosure), from which Veilig Thuis marks
 *     the melding acute at once (rule 34); {@link Oordeel#ONBEKEND} in meldingen stored before it was sent along
 */
public record Melding(
        UUID id,
        VeiligThuisRegio aan,
        Melder melder,
        List<Betrokkene> betrokkenen,
        List<Signaal> signalen,
        List<Consultatie> consultaties,
        List<Gesprek> gesprekken,
        List<Afweging> afwegingen,
        List<Beslissing> beslissingen,
        String watBlijfIkDoen,
        boolean clientGeinformeerd,
        @Nullable String redenNietGeinformeerd,
        boolean anoniemNaarGezin,
        Instant verzondenOp,
        Oordeel oordeel) {

    public Melding {
        oordeel = oordeel == null ? Oordeel.ONBEKEND : oordeel;
        betrokkenen = List.copyOf(betrokkenen);
        signalen = List.copyOf(signalen);
        consultaties = List.copyOf(consultaties);
        gesprekken = gesprekken == null ? List.of() : List.copyOf(gesprekken);
        afwegingen = List.copyOf(afwegingen);
        beslissingen = List.copyOf(beslissingen);
    }

    /**
     * The melder's judgement of the unsafety when sending: afweging 2 = ja for acute and/or structurele onveiligheid,
     * and whether a victim told of it themselves (a disclosure, which counts as acute onveiligheid: rule 13).
     *
     * @param acuteOnveiligheid acute onveiligheid according to the melder's afweging 2 (also an afweging 2 = ja
     *     recorded before the kind was asked, read as possibly acute: ADR-0018)
     * @param structureleOnveiligheid structurele onveiligheid according to the melder
     * @param disclosure a signaal in the melding is a disclosure
     */
    public record Oordeel(boolean acuteOnveiligheid, boolean structureleOnveiligheid, boolean disclosure) {

        /** No judgement sent along (a melding from before it was sent, or without afweging 2 = ja). */
        public static final Oordeel ONBEKEND = new Oordeel(false, false, false);

        /** The melding needs action at once: acute onveiligheid or a disclosure. */
        public boolean acuut() {
            return acuteOnveiligheid || disclosure;
        }
    }

    /** A person the melding is about. */
    public record Betrokkene(
            String naam, LocalDate geboortedatum, @Nullable String bsn, Relatie relatie) {

        @Override
        public String toString() {
            return "Betrokkene[***]";
        }
    }

    /** A signaal of step 1 as recorded in the dossier. */
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

    /** A collegiale consultatie of step 2 as recorded in the dossier. */
    public record Consultatie(
            LocalDate datum, ConsultatieMet met, @Nullable String persoon, String advies) {

        @Override
        public String toString() {
            return "Consultatie[" + met + "]";
        }
    }

    /**
     * Step 3, the gesprek met de cliënt, as recorded in the dossier: held (date, with whom, what was discussed, how the
     * client reacted) or skipped (the reason's code, an explanation, whether it will be held later).
     *
     * @param redenGeenGesprek why it was not held: {@code VEILIGHEID_CLIENT}, {@code VEILIGHEID_PROFESSIONAL},
     *     {@code VEILIGHEID_ANDEREN} or {@code CONTACT_VERBREKEN} (rule 16); absent when it was held
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
     * One answered afweging of the afwegingskader.
     *
     * @param afweging the afweging's code ({@code VERMOEDEN}, {@code VEILIGHEID}, …)
     * @param antwoord the answer as recorded
     * @param reden the professional's reason for it
     */
    public record Afweging(String afweging, String antwoord, String reden) {

        @Override
        public String toString() {
            return "Afweging[" + afweging + "]";
        }
    }

    /**
     * One of the two beslissingen of step 5.
     *
     * @param beslissing the beslissing's code ({@code MELDEN_NOODZAKELIJK}, {@code HULP_BIEDEN_MOGELIJK})
     */
    public record Beslissing(String beslissing, String antwoord, String motivering) {

        @Override
        public String toString() {
            return "Beslissing[" + beslissing + "]";
        }
    }

    /**
     * Who makes the melding. Veilig Thuis always knows the melder (spec rule 43); {@link #anoniemNaarGezin} only
     * shields the melder from the family.
     *
     * @param rol the melder's role in the organisation
     * @param beroepscluster the melder's beroepscluster, when the organisation set one
     * @param contact how Veilig Thuis reaches the melder (telephone number or e-mail address)
     */
    public record Melder(
            TenantId organisatie,
            String organisatieNaam,
            UserId gebruiker,
            String naam,
            Role rol,
            @Nullable Beroepscluster beroepscluster,
            String contact) {

        @Override
        public String toString() {
            return "Melder[" + organisatie + "]";
        }
    }

    @Override
    public String toString() {
        return "Melding[" + id + "]";
    }
}
