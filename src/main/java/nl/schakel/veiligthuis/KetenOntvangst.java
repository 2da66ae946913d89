package nl.schakel.veiligthuis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.schakel.keten.Aanvulling;
import nl.schakel.keten.AanvullingSent;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.Melding;
import nl.schakel.keten.MeldingSent;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd.MelderOordeel;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.DossierMelding;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives meldingen sent from Schakel dossiers (ADR-0013): after the sender's commit, reads the copy addressed to
 * the region through {@link KetenManagement} and registers it as the region's own case, once per melding; later
 * aanvullingen to it are added to that case, once per aanvulling (ADR-0019). A melding
 * the melder judged acute (afweging 2) or that holds a disclosure arrives acute, with the reason as its acute mark, so
 * that it stands on top of the queue at once (rule 34); structurele onveiligheid alone arrives not acute, with the
 * melder's judgement in the case's description.
 */
@Component
class KetenOntvangst {

    private final KetenManagement keten;
    private final VeiligThuisManagement veiligThuis;
    private final Clock clock;

    KetenOntvangst(KetenManagement keten, VeiligThuisManagement veiligThuis, Clock clock) {
        this.keten = keten;
        this.veiligThuis = veiligThuis;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeldingSent sent) {
        VeiligThuisRegio regio = keten.regio(sent.aan())
                .orElseThrow(() -> new IllegalStateException("melding addressed to an unknown region"));
        Melding m = keten.melding(regio, sent.meldingId())
                .orElseThrow(() -> new IllegalStateException("melding " + sent.meldingId() + " not found"));
        veiligThuis.ontvang(regio, m.id(), intake(m), inhoud(m), acuutReden(m.oordeel()));
    }

    /**
     * Why a melding arrives acute (rule 34): the melder judged acute onveiligheid at afweging 2, or a victim told of it
     * themselves (a disclosure, rule 13); {@code null} when it does not arrive acute.
     */
    static @Nullable AcuutGemarkeerd acuutReden(Melding.Oordeel oordeel) {
        if (!oordeel.acuut()) {
            return null;
        }
        List<MelderOordeel> redenen = new ArrayList<>();
        if (oordeel.acuteOnveiligheid()) {
            redenen.add(oordeel.structureleOnveiligheid() ? MelderOordeel.ACUUT_EN_STRUCTUREEL : MelderOordeel.ACUUT);
        }
        if (oordeel.disclosure()) {
            redenen.add(MelderOordeel.DISCLOSURE);
        }
        return AcuutGemarkeerd.doorMelder(redenen);
    }

    /**
     * The melder's judgement in a sentence or two, for the case's description (the intake's omschrijving, a text the
     * region's workers may also type, kept in Dutch as the chain's language).
     */
    static String oordeel(Melding.Oordeel oordeel) {
        List<String> zinnen = new ArrayList<>();
        if (oordeel.acuteOnveiligheid()) {
            zinnen.add(
                    oordeel.structureleOnveiligheid()
                            ? "Acute en structurele onveiligheid volgens de melder (afweging 2)."
                            : "Acute onveiligheid volgens de melder (afweging 2).");
        } else if (oordeel.structureleOnveiligheid()) {
            zinnen.add("Structurele onveiligheid volgens de melder (afweging 2), geen acute onveiligheid.");
        }
        if (oordeel.disclosure()) {
            zinnen.add("Disclosure: een slachtoffer vertelde de melder zelf over onveiligheid thuis.");
        }
        return String.join(" ", zinnen);
    }

    /**
     * The melding as an intake of the region: a professional melder, identified, with the dossier's persons. It was
     * received when it was sent, unless the sender's clock runs ahead of ours (a federated chain): never later because
     * the event was delivered again after a restart, never in our future.
     */
    Intake intake(Melding m) {
        java.time.Instant now = clock.instant();
        java.time.Instant ontvangen = m.verzondenOp().isBefore(now) ? m.verzondenOp() : now;
        Set<VormVanGeweld> vormen = EnumSet.noneOf(VormVanGeweld.class);
        m.signalen().forEach(s -> vormen.addAll(s.vormen()));
        List<Intake.PersoonInvoer> personen = m.betrokkenen().stream()
                .map(b -> new Intake.PersoonInvoer(
                        b.naam(), b.geboortedatum(), Geslacht.ONBEKEND, b.bsn() == null ? "" : b.bsn(), rol(b)))
                .toList();
        return Intake.of(
                ZaakSoort.MELDING,
                ontvangen,
                Beller.BEROEPSKRACHT,
                false,
                new Intake.MelderInvoer(
                        m.melder().naam(),
                        m.melder().organisatieNaam(),
                        m.melder().contact(),
                        m.anoniemNaarGezin()),
                MelderCategorie.van(m.melder().beroepscluster()),
                personen,
                List.of(),
                vormen,
                m.oordeel().acuut(),
                ("Melding uit een Schakel-dossier. " + oordeel(m.oordeel())).strip(),
                now);
    }

    private static BetrokkeneRol rol(Melding.Betrokkene b) {
        return switch (b.relatie()) {
            case CLIENT -> BetrokkeneRol.SLACHTOFFER;
            case KIND -> BetrokkeneRol.KIND_IN_HUISHOUDEN;
            case HUISGENOOT, OVERIG -> BetrokkeneRol.NOG_ONBEKEND;
        };
    }

    /**
     * What the professional recorded, in its structure, as the case's own copy (the melder's identity stays apart):
     * Veilig Thuis owns it from now on and shows it in readable sections.
     */
    static DossierMelding inhoud(Melding m) {
        return new DossierMelding(
                m.id(),
                m.betrokkenen().stream()
                        .map(b -> new DossierMelding.Persoon(b.naam(), b.geboortedatum(), b.bsn(), b.relatie()))
                        .toList(),
                signalen(m.signalen()),
                consultaties(m.consultaties()),
                gesprekken(m.gesprekken()),
                m.afwegingen().stream()
                        .map(a -> new DossierMelding.Antwoord(a.afweging(), a.antwoord(), a.reden()))
                        .toList(),
                m.beslissingen().stream()
                        .map(b -> new DossierMelding.Antwoord(b.beslissing(), b.antwoord(), b.motivering()))
                        .toList(),
                m.watBlijfIkDoen(),
                m.clientGeinformeerd(),
                m.redenNietGeinformeerd());
    }

    /**
     * Receives an aanvulling to a melding sent from a Schakel dossier (ADR-0019): after the sender's commit, reads the
     * copy addressed to the region and adds it to the case of that melding, once per aanvulling. When the melding's
     * own event has not been handled yet, its case is taken in first, so the order of the two events does not matter.
     */
    @ApplicationModuleListener
    void on(AanvullingSent sent) {
        VeiligThuisRegio regio = keten.regio(sent.aan())
                .orElseThrow(() -> new IllegalStateException("aanvulling addressed to an unknown region"));
        Aanvulling a = keten.aanvulling(regio, sent.aanvullingId())
                .orElseThrow(() -> new IllegalStateException("aanvulling " + sent.aanvullingId() + " not found"));
        // Events may arrive in any order: the melding's case is taken in first (once; a no-op when it is there).
        Melding m = keten.melding(regio, a.meldingId())
                .orElseThrow(() -> new IllegalStateException("melding " + a.meldingId() + " not found"));
        veiligThuis.ontvang(regio, m.id(), intake(m), inhoud(m), acuutReden(m.oordeel()));
        veiligThuis.ontvangAanvulling(
                regio,
                a.id(),
                a.meldingId(),
                a.tekst(),
                signalen(a.signalen()),
                consultaties(a.consultaties()),
                gesprekken(a.gesprekken()),
                a.verzondenOp());
    }

    private static List<DossierMelding.Signaal> signalen(List<Melding.Signaal> signalen) {
        return signalen.stream()
                .map(s -> new DossierMelding.Signaal(
                        s.datum(), s.waarneming(), s.soort(), s.bron(), s.vormen(), s.disclosure()))
                .toList();
    }

    private static List<DossierMelding.Consultatie> consultaties(List<Melding.Consultatie> consultaties) {
        return consultaties.stream()
                .map(c -> new DossierMelding.Consultatie(c.datum(), c.met(), c.persoon(), c.advies()))
                .toList();
    }

    private static List<DossierMelding.Gesprek> gesprekken(List<Melding.Gesprek> gesprekken) {
        return gesprekken.stream()
                .map(g -> new DossierMelding.Gesprek(
                        g.gevoerd(),
                        g.datum(),
                        g.metWie(),
                        g.besproken(),
                        g.reactie(),
                        g.redenGeenGesprek(),
                        g.toelichting(),
                        g.alsnog()))
                .toList();
    }
}
