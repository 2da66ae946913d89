package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.Melding;
import nl.schakel.keten.MeldingSent;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives meldingen sent from Schakel dossiers (ADR-0013): after the sender's commit, reads the copy addressed to
 * the region through {@link KetenManagement} and registers it as the region's own case, once per melding. A melding
 * the melder judged acute (afweging 2) or that holds a disclosure arrives acute, with the reason as its acute mark, so
 * that it stands on top of the queue at once (rule 34); structurele onveiligheid alone arrives not acute, with the
 * melder's judgement in the case's description.
 */
@Component
class KetenOntvangst {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

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
    static @Nullable String acuutReden(Melding.Oordeel oordeel) {
        return oordeel.acuut() ? "Van de melder bij de melding. " + oordeel(oordeel) : null;
    }

    /** The melder's judgement in a sentence or two, for the case's description and the acute mark. */
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

    /** What the professional recorded, as text for the case: Veilig Thuis owns this copy from now on. */
    static String inhoud(Melding m) {
        StringBuilder t = new StringBuilder();
        for (Melding.Signaal s : m.signalen()) {
            t.append("Signaal ")
                    .append(datum(s.datum()))
                    .append(" (")
                    .append(s.soort().name().toLowerCase(java.util.Locale.ROOT));
            if (s.bron() != null) {
                t.append(", bron: ").append(s.bron());
            }
            t.append("): ").append(s.waarneming()).append('\n');
        }
        for (Melding.Consultatie c : m.consultaties()) {
            t.append("Consultatie ")
                    .append(datum(c.datum()))
                    .append(": ")
                    .append(c.advies())
                    .append('\n');
        }
        for (Melding.Afweging a : m.afwegingen()) {
            t.append("Afweging ")
                    .append(a.afweging().toLowerCase(java.util.Locale.ROOT))
                    .append(": ")
                    .append(a.antwoord().toLowerCase(java.util.Locale.ROOT))
                    .append(" – ")
                    .append(a.reden())
                    .append('\n');
        }
        for (Melding.Beslissing b : m.beslissingen()) {
            t.append("Beslissing ")
                    .append(b.beslissing().toLowerCase(java.util.Locale.ROOT))
                    .append(": ")
                    .append(b.antwoord().toLowerCase(java.util.Locale.ROOT))
                    .append(" – ")
                    .append(b.motivering())
                    .append('\n');
        }
        t.append("Wat de melder zelf blijft doen: ").append(m.watBlijfIkDoen()).append('\n');
        t.append(
                m.clientGeinformeerd()
                        ? "De cliënt is over de melding geïnformeerd."
                        : "De cliënt is niet geïnformeerd. Reden: " + m.redenNietGeinformeerd());
        return t.toString();
    }

    private static String datum(LocalDate d) {
        return DATUM.format(d);
    }
}
