package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.Ontvanger;
import nl.schakel.veiligthuis.domain.Risicofactor;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.Veiligheidscheck;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only (exists only with {@code schakel.demo.enabled=true}, which the prod profile refuses): the cases of
 * the demo region, made through the facades. The earlier melding about Noor Demo is taken through the
 * veiligheidsbeoordeling to the besluit "einde bemoeienis", so that the own-records search finds an earlier, closed
 * case.
 */
@Service
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
public class VeiligThuisDemo {

    private final Veiligheidsbeoordeling vb;
    private final VeiligThuisManagement veiligThuis;
    private final Wachtrij wachtrij;
    private final Werkdagkalender kalender;
    private final Clock clock;
    private final OverdrachtManagement overdracht;

    VeiligThuisDemo(
            Veiligheidsbeoordeling vb,
            VeiligThuisManagement veiligThuis,
            Wachtrij wachtrij,
            Werkdagkalender kalender,
            Clock clock,
            OverdrachtManagement overdracht) {
        this.overdracht = overdracht;
        this.vb = vb;
        this.veiligThuis = veiligThuis;
        this.wachtrij = wachtrij;
        this.kalender = kalender;
        this.clock = clock;
    }

    /**
     * Seeds the demo region once, while the demo tenants and users are created, through this module's facades as
     * vt-noord and gw-noord would: an earlier, closed melding about Noor Demo; five open meldingen received 0 to 8
     * working days ago (one acute, one past its deadline, one waiting without a safety check); one advies; and one
     * melding in overdracht na veiligheidsbeoordeling, offered to the local team.
     */
    @Transactional
    public void vulDemoRegio(TenantId noord, TeamId team, UserId vtId, UserId gwId) {
        Instant now = clock.instant();
        Actor vt = new Actor(vtId, "vt-noord", "Vera Veilig", Role.VT_MEDEWERKER, noord, team, null, now);
        Actor gw = new Actor(gwId, "gw-noord", "Gijs Gedrag", Role.GEDRAGSWETENSCHAPPER, noord, team, null, now);

        // (a) an earlier melding about Noor, closed
        UUID eerder = veiligThuis.registreer(
                vt,
                melding(
                        now.minus(java.time.Duration.ofDays(240)),
                        false,
                        "Noor Demo",
                        LocalDate.of(2016, 4, 12),
                        "111222333",
                        "De leerkracht zag blauwe plekken op de armen van Noor. Moeder vertelde over ruzie thuis.",
                        now));
        veiligThuis.veiligheidscheck(
                vt, eerder, Veiligheidscheck.of("Moeder gebeld: Noor is veilig bij oma tot het gesprek."));
        sluitAf(vt, gw, eerder, LocalDate.ofInstant(now.minus(java.time.Duration.ofDays(240)), Intake.NL));

        // (b) five open meldingen, received 8, 4, 2, 1 and 0 working days ago
        veiligThuis.registreer(
                vt,
                melding(
                        ontvangen(8, now),
                        false,
                        "Daan Demo",
                        LocalDate.of(2014, 9, 3),
                        "",
                        "De mentor hoorde van Daan dat vader hem slaat.",
                        now));
        veiligThuis.registreer(
                vt,
                melding(
                        ontvangen(4, now),
                        false,
                        "Sara Demo",
                        LocalDate.of(2019, 2, 20),
                        "",
                        "Sara vertelt op school dat zij thuis vaak geschreeuw en gehuil hoort.",
                        now));
        UUID acuut = veiligThuis.registreer(
                vt,
                melding(
                        ontvangen(2, now),
                        false,
                        "Mila Demo",
                        LocalDate.of(2020, 11, 5),
                        "",
                        "Moeder belt met de kinderopvang: vader dreigt haar en Mila iets aan te doen.",
                        now));
        wachtrij.markeerAcuut(vt, acuut, AcuutGemarkeerd.of("Dreiging met geweld; de politie is ingelicht."));
        veiligThuis.veiligheidscheck(
                vt, acuut, Veiligheidscheck.of("Moeder en Mila zijn bij een vriendin; vader weet het adres niet."));
        veiligThuis.registreer(
                vt,
                melding(
                        ontvangen(1, now),
                        false,
                        "Yusuf Demo",
                        LocalDate.of(2012, 6, 30),
                        "",
                        "Yusuf komt vaak zonder eten naar school en draagt dezelfde kleren.",
                        now));
        veiligThuis.registreer(
                vt,
                melding(
                        ontvangen(0, now),
                        false,
                        "Lieke Demo",
                        LocalDate.of(2017, 1, 15),
                        "",
                        "Lieke vertelde de juf dat mama vaak huilt omdat papa boos is.",
                        now));

        // (c) one advies
        veiligThuis.registreer(
                vt,
                Intake.of(
                        ZaakSoort.ADVIES,
                        ontvangen(1, now),
                        Beller.PARTICULIER,
                        true,
                        new Intake.MelderInvoer("", "", "", false),
                        null,
                        List.of(),
                        List.of(),
                        Set.of(),
                        false,
                        "Een buurvrouw vraagt wat zij kan doen: zij hoort vaak ruzie bij de buren.",
                        now));

        overdrachtNaVeiligheidsbeoordeling(vt, gw, now);
    }

    /**
     * (d) A melding about Sem taken through the veiligheidsbeoordeling to the besluit "overdracht na
     * veiligheidsbeoordeling", with a risk factor, and offered to the local team, which has not answered yet: the case
     * waits for a party to accept responsibility for zicht op veiligheid.
     */
    private void overdrachtNaVeiligheidsbeoordeling(Actor medewerker, Actor gedragswetenschapper, Instant now) {
        Instant ontvangen = ontvangen(6, now);
        LocalDate dag = LocalDate.ofInstant(ontvangen, Intake.NL);
        UUID id = veiligThuis.registreer(
                medewerker,
                melding(
                        ontvangen,
                        false,
                        "Sem Demo",
                        LocalDate.of(2018, 8, 21),
                        "",
                        "Sem vertelt de juf dat zijn ouders veel ruzie maken en dat hij dan naar de buren gaat.",
                        now));
        vb.verrijking(
                medewerker,
                id,
                Verrijking.of(Bron.MELDING, "De melding met de leerkracht van Sem besproken.", dag, dag));
        vb.taxatie(
                medewerker,
                id,
                Taxatie.of(
                        false,
                        "Sem is niet direct in gevaar; de ruzies zijn verbaal.",
                        true,
                        "De ruzies duren al een jaar en komen elke week voor.",
                        false,
                        "Geen andere problemen bekend."));
        vb.risicofactor(medewerker, id, Risicofactor.of("Vader heeft sinds kort geen werk meer."));
        vb.stelVoor(
                medewerker,
                id,
                BesluitVoorgesteld.of(
                        Besluit.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING,
                        "De ouders willen hulp; het wijkteam kan die bieden en het zicht op veiligheid houden."));
        vb.beoordeel(gedragswetenschapper, id, true, "Akkoord, overdragen aan het wijkteam.");
        overdracht.biedAan(
                medewerker,
                id,
                new OverdrachtInvoer(
                        Ontvanger.LOKAAL_TEAM,
                        "Wijkteam Demo-Noord",
                        "Gemeente Demo",
                        "020 765 43 21",
                        "Hulp aan de ouders bij hun ruzies, en zicht op de veiligheid van Sem."));
    }

    /** Ten in the morning of the day that many working days before today; now for today. */
    private Instant ontvangen(int werkdagenGeleden, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Intake.NL);
        if (werkdagenGeleden == 0) {
            return now.minusSeconds(60);
        }
        LocalDate dag = today;
        int geteld = 0;
        while (geteld < werkdagenGeleden) {
            dag = dag.minusDays(1);
            if (kalender.isWerkdag(dag)) {
                geteld++;
            }
        }
        return ZonedDateTime.of(dag, LocalTime.of(10, 0), Intake.NL).toInstant();
    }

    private static Intake melding(
            Instant ontvangen,
            boolean acuut,
            String naam,
            LocalDate geboren,
            String bsn,
            String omschrijving,
            Instant now) {
        return Intake.of(
                ZaakSoort.MELDING,
                ontvangen,
                Beller.BEROEPSKRACHT,
                false,
                new Intake.MelderInvoer("Demo Melder", "Demo-organisatie", "020 123 45 67", true),
                MelderCategorie.ONDERWIJS,
                List.of(new Intake.PersoonInvoer(naam, geboren, Geslacht.ONBEKEND, bsn, BetrokkeneRol.SLACHTOFFER)),
                List.of("kindermishandeling-lichamelijk"),
                Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                acuut,
                omschrijving,
                now);
    }

    /**
     * Takes the earlier demo melding through the veiligheidsbeoordeling as the workers would: the melding itself as
     * the first source, a taxatie, a proposed besluit "einde bemoeienis" by the VT-medewerker, approved by the
     * gedragswetenschapper.
     */
    private void sluitAf(Actor medewerker, Actor gedragswetenschapper, UUID id, LocalDate ontvangen) {
        vb.verrijking(
                medewerker,
                id,
                Verrijking.of(
                        Bron.MELDING,
                        "De melding van school gelezen en met de leerkracht besproken.",
                        ontvangen,
                        ontvangen));
        vb.taxatie(
                medewerker,
                id,
                Taxatie.of(
                        false,
                        "Noor is veilig bij oma; vader woont niet meer thuis.",
                        false,
                        "Geen eerdere meldingen en het gezin werkt mee.",
                        false,
                        "Geen andere problemen in het gezin bekend."));
        vb.stelVoor(
                medewerker,
                id,
                BesluitVoorgesteld.of(
                        Besluit.EINDE_BEMOEIENIS, "Moeder heeft zelf hulp gezocht; er is geen onveiligheid meer."));
        vb.beoordeel(gedragswetenschapper, id, true, "Akkoord.");
    }
}
