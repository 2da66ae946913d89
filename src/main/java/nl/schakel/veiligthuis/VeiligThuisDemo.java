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
import nl.schakel.veiligthuis.domain.Afspraak;
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
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only (exists only with {@code schakel.demo.enabled=true}, which the prod profile refuses): the cases of
 * the demo region, made through the facades. The earlier melding about Noor Demo is taken through the
 * veiligheidsbeoordeling to the besluit "einde bemoeienis", so that the own-records search finds an earlier, closed
 * case. Demo-Zuid's workers had an earlier, closed melding about Daan Demo, so Daan's melding in Demo-Noord shows a
 * (possible) match from the national VT-register, in both regions.
 */
@Service
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
public class VeiligThuisDemo {

    private final Veiligheidsbeoordeling vb;
    private final VoorwaardenEnVervolg vv;
    private final VeiligThuisManagement veiligThuis;
    private final Wachtrij wachtrij;
    private final Werkdagkalender kalender;
    private final Clock clock;
    private final Onderzoek onderzoek;
    private final MonitoringManagement monitoring;
    private final nl.schakel.veiligthuis.persistence.ZaakStore store;
    private final OverdrachtManagement overdracht;

    VeiligThuisDemo(
            Veiligheidsbeoordeling vb,
            VoorwaardenEnVervolg vv,
            VeiligThuisManagement veiligThuis,
            Wachtrij wachtrij,
            Werkdagkalender kalender,
            Clock clock,
            Onderzoek onderzoek,
            MonitoringManagement monitoring,
            nl.schakel.veiligthuis.persistence.ZaakStore store,
            OverdrachtManagement overdracht) {
        this.onderzoek = onderzoek;
        this.monitoring = monitoring;
        this.store = store;
        this.overdracht = overdracht;
        this.vb = vb;
        this.vv = vv;
        this.veiligThuis = veiligThuis;
        this.wachtrij = wachtrij;
        this.kalender = kalender;
        this.clock = clock;
    }

    /**
     * Seeds the demo region once, while the demo tenants and users are created, through this module's facades as
     * vt-noord and gw-noord would: an earlier, closed melding about Noor Demo; five open meldingen received 0 to 8
     * working days ago (one acute, one past its deadline, one waiting without a safety check); one advies; one case in
     * voorwaarden en vervolg with two veiligheidsvoorwaarden and an afspraak; one in onderzoek and one waiting for the
     * Raad; one in monitoring; and one in overdracht na veiligheidsbeoordeling, offered to the local team.
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

        // Daan's melding below matches Demo-Zuid's earlier one in the national VT-register when Demo-Zuid was seeded
        // first (vulDemoZuid): a possible match (neither region knows his BSN), to be checked

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

        // (d) one case in voorwaarden en vervolg
        voorwaardenEnVervolg(vt, gw, now);
        // (e) one case in onderzoek and one waiting for the Raad voor de Kinderbescherming
        onderzoekEnRaad(vt, gw, now);
        // (f) one case in monitoring
        inMonitoring(vt, gw, now);
        // (g) one case in overdracht na veiligheidsbeoordeling
        overdrachtNaVeiligheidsbeoordeling(vt, gw, now);
        // (h) one case in the overdracht after voorwaarden en vervolg, before monitoring
        overdrachtVoorMonitoring(vt, gw, now);
    }

    /**
     * A melding about Fenna Demo in voorwaarden en vervolg: the besluit proposed by the VT-medewerker and approved by
     * the gedragswetenschapper, two veiligheidsvoorwaarden and one afspraak; the move to the overdracht is next.
     */
    /**
     * (h) A melding about Jesse Demo after voorwaarden en vervolg: one veiligheidsvoorwaarde, then the overdracht to the
     * existing help, which has not accepted yet; monitoring starts once it does.
     */
    private void overdrachtVoorMonitoring(Actor medewerker, Actor gedragswetenschapper, Instant now) {
        Instant ontvangen = ontvangen(4, now);
        UUID id = veiligThuis.registreer(
                medewerker,
                melding(
                        ontvangen,
                        false,
                        "Jesse Demo",
                        LocalDate.of(2017, 2, 9),
                        "",
                        "Jesse vertelt de juf dat moeder hem opsluit in zijn kamer als zij boos is.",
                        now));
        naarBesluit(
                medewerker,
                gedragswetenschapper,
                id,
                LocalDate.ofInstant(ontvangen, Intake.NL),
                Taxatie.of(
                        false,
                        "Jesse is overdag op school en slaapt bij zijn vader.",
                        true,
                        "Moeder sluit Jesse vaker op; zij is overbelast.",
                        false,
                        "Geen andere problemen bekend."),
                BesluitVoorgesteld.of(
                        Besluit.VOORWAARDEN_EN_VERVOLG, "Harde afspraken zijn nodig; de hulp aan moeder loopt al."));
        vv.stelVast(
                medewerker,
                id,
                Veiligheidsvoorwaarde.of(
                        "Moeder sluit Jesse nooit op in zijn kamer.",
                        "Moeder",
                        "De gezinscoach vraagt het elke week aan moeder en aan Jesse."));
        vv.naarOverdracht(medewerker, id);
        overdracht.biedAan(
                medewerker,
                id,
                new OverdrachtInvoer(
                        Ontvanger.BESTAANDE_HULP,
                        "Gezinscoach Demo",
                        "Jeugdhulp Demo",
                        "020 123 45 67",
                        "Hulp aan moeder en zicht op de veiligheid van Jesse."));
    }

    private void voorwaardenEnVervolg(Actor medewerker, Actor gedragswetenschapper, Instant now) {
        UUID id = veiligThuis.registreer(
                medewerker,
                melding(
                        ontvangen(7, now),
                        false,
                        "Fenna Demo",
                        LocalDate.of(2018, 7, 21),
                        "",
                        "Fenna is bang om naar huis te gaan. Zij vertelt de juf dat vader veel drinkt en dan slaat.",
                        now));
        naarBesluit(
                medewerker,
                gedragswetenschapper,
                id,
                LocalDate.ofInstant(ontvangen(7, now), Intake.NL),
                Taxatie.of(
                        false,
                        "Vader is met moeder afgesproken dat hij bij zijn broer slaapt als hij drinkt.",
                        true,
                        "Vader drinkt al jaren en slaat dan; moeder en Fenna zijn bang.",
                        false,
                        "Geen andere problemen in het gezin bekend."),
                BesluitVoorgesteld.of(
                        Besluit.VOORWAARDEN_EN_VERVOLG,
                        "Er is geen onderzoek nodig, wel harde afspraken over de veiligheid van Fenna."));
        vv.stelVast(
                medewerker,
                id,
                Veiligheidsvoorwaarde.of(
                        "Als vader drinkt, heeft hij geen contact met Fenna.",
                        "Vader",
                        "Het wijkteam vraagt het elke week aan moeder en aan Fenna."));
        vv.stelVast(
                medewerker,
                id,
                Veiligheidsvoorwaarde.of(
                        "Moeder belt de politie als vader dreigt of slaat.",
                        "Moeder",
                        "Veilig Thuis vraagt het moeder bij elk contact."));
        vv.legAfspraakVast(
                medewerker,
                id,
                Afspraak.of(
                        "Wijkteam",
                        "Gaat elke week op huisbezoek en spreekt Fenna apart.",
                        "",
                        LocalDate.ofInstant(now, Intake.NL)));
    }

    /**
     * Part onderzoek: a melding about Ravi in an onderzoek by Veilig Thuis, decided six weeks ago (its ten-week term
     * ends in four weeks), and a melding about Fleur whose besluit asked the Raad voor de Kinderbescherming to
     * investigate, with the verzoek recorded and the Raad's answer still to come.
     */
    private void onderzoekEnRaad(Actor vt, Actor gw, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Intake.NL);
        Instant ravi = ZonedDateTime.of(today.minusWeeks(7), LocalTime.of(10, 0), Intake.NL)
                .toInstant();
        UUID inOnderzoek = veiligThuis.registreer(
                vt,
                melding(
                        ravi,
                        false,
                        "Ravi Demo",
                        LocalDate.of(2013, 3, 14),
                        "",
                        "De jeugdarts zag bij Ravi oude breuken die niet bij het verhaal van de ouders passen.",
                        now));
        naarBesluit(
                vt,
                gw,
                inOnderzoek,
                LocalDate.ofInstant(ravi, Intake.NL),
                Taxatie.of(
                        false,
                        "Ravi is nu bij zijn tante; de ouders werken mee aan afspraken.",
                        true,
                        "Oude breuken zonder verklaring wijzen op herhaald lichamelijk geweld.",
                        false,
                        "Geen andere problemen in het gezin bekend."),
                BesluitVoorgesteld.of(
                        Besluit.ONDERZOEK, "Er is een formele vaststelling nodig of er kindermishandeling is."));
        onderzoek.begin(veiligThuis.zaak(vt, inOnderzoek).zaak(), today.minusWeeks(6));

        Instant fleur = ontvangen(3, now);
        UUID bijRaad = veiligThuis.registreer(
                vt,
                melding(
                        fleur,
                        false,
                        "Fleur Demo",
                        LocalDate.of(2018, 8, 1),
                        "",
                        "De leerkracht hoort van Fleur dat zij vaak dagen alleen thuis is zonder eten.",
                        now));
        naarBesluit(
                vt,
                gw,
                bijRaad,
                LocalDate.ofInstant(fleur, Intake.NL),
                Taxatie.of(
                        false,
                        "Fleur is overdag op school en eet daar.",
                        true,
                        "De ouders weigeren elk contact met hulp en met Veilig Thuis.",
                        true,
                        "Schulden en verslaving van beide ouders."),
                BesluitVoorgesteld.of(
                        Besluit.VERZOEK_ONDERZOEK_RAAD,
                        "De ouders weigeren hulp; een maatregel van kinderbescherming lijkt nodig."));
        onderzoek.vraagRaad(vt, bijRaad, "De ouders weigeren hulp; een ondertoezichtstelling lijkt nodig.", today);
    }

    /**
     * (d) A family in monitoring: voorwaarden en vervolg after the veiligheidsbeoordeling, two veiligheidsvoorwaarden,
     * monitoring started three months and ten days ago, the 3-month moment recorded with the child of 6 heard and one
     * voorwaarde not kept; the 12-month moment is planned. The voorwaarden and the overdracht are written straight to
     * the journal and the row here, as their own pages would.
     */
    private void inMonitoring(Actor vt, Actor gw, Instant now) {
        LocalDate vandaag = LocalDate.ofInstant(now, Intake.NL);
        Intake intake = Intake.of(
                ZaakSoort.MELDING,
                now.minus(java.time.Duration.ofDays(120)),
                Beller.BEROEPSKRACHT,
                false,
                new Intake.MelderInvoer("Demo Melder", "Demo-huisartsenpraktijk", "020 765 43 21", true),
                MelderCategorie.GEZONDHEIDSZORG,
                List.of(
                        new Intake.PersoonInvoer(
                                "Eva Monitor", LocalDate.of(1991, 8, 2), Geslacht.VROUW, "", BetrokkeneRol.SLACHTOFFER),
                        new Intake.PersoonInvoer(
                                "Bram Monitor",
                                LocalDate.of(1989, 1, 23),
                                Geslacht.MAN,
                                "",
                                BetrokkeneRol.VERMOEDELIJKE_PLEGER),
                        new Intake.PersoonInvoer(
                                "Tim Monitor",
                                vandaag.minusYears(6).minusMonths(2),
                                Geslacht.MAN,
                                "",
                                BetrokkeneRol.KIND_IN_HUISHOUDEN)),
                List.of(),
                Set.of(VormVanGeweld.PARTNERGEWELD, VormVanGeweld.GETUIGE_HUISELIJK_GEWELD),
                false,
                "Moeder vertelt de huisarts dat vader drinkt en dan slaat, waar Tim bij is.",
                now);
        UUID id = veiligThuis.registreer(vt, intake);
        vb.taxatie(
                vt,
                id,
                Taxatie.of(false, "Vader woont tijdelijk elders.", true, "Geweld bij drank, al jaren.", false, "Nee."));
        vb.stelVoor(
                vt,
                id,
                BesluitVoorgesteld.of(
                        Besluit.VOORWAARDEN_EN_VERVOLG, "Ouders werken mee; veiligheid vraagt harde voorwaarden."));
        vb.beoordeel(gw, id, true, "Akkoord.");
        var drinken = nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde.of(
                "Als vader drinkt, heeft hij geen contact met Tim.", "Vader", "Wijkteam, elke week bij moeder");
        var hulp = nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde.of(
                "Vader gaat elke week naar de verslavingszorg.", "Vader", "Verslavingszorg meldt het aan het wijkteam");
        for (var v : List.of(drinken, hulp)) {
            store.insertEntry(nl.schakel.shared.journal.JournalEntry.of(
                    id, now, vt.userId(), vt.displayName(), vt.role(), null, v));
        }
        LocalDate sinds = vandaag.minusMonths(3).minusDays(10);
        store.updateStatus(
                id,
                nl.schakel.veiligthuis.domain.ZaakStatus.VOORWAARDEN_EN_VERVOLG,
                nl.schakel.veiligthuis.domain.ZaakStatus.OVERDRACHT);
        store.updateStatus(
                id,
                nl.schakel.veiligthuis.domain.ZaakStatus.OVERDRACHT,
                nl.schakel.veiligthuis.domain.ZaakStatus.MONITORING,
                sinds);
        var zaak = veiligThuis.zaak(vt, id);
        LocalDate drie = nl.schakel.veiligthuis.domain.Monitoringsplan.drieMaanden(sinds);
        var deels = new nl.schakel.veiligthuis.domain.Monitoringsmoment.AntwoordInvoer(
                nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate.DEELS,
                "Er is geen geweld meer gezien, maar vader dronk twee keer toen Tim thuis was.");
        monitoring.legVast(
                vt,
                id,
                new nl.schakel.veiligthuis.domain.Monitoringsmoment.Invoer(
                        drie,
                        drie,
                        zaak.betrokkenen().stream()
                                .map(b -> new nl.schakel.veiligthuis.domain.Monitoringsmoment.GesprekInvoer(
                                        b.id(), true, ""))
                                .toList(),
                        "Tim zegt dat papa soms raar praat en dat hij dan naar zijn kamer gaat.",
                        List.of(
                                new nl.schakel.veiligthuis.domain.Monitoringsmoment.BevindingInvoer(
                                        drinken.voorwaarde(),
                                        nl.schakel.veiligthuis.domain.VoorwaardeStatus.NIET,
                                        "Moeder en Tim vertellen dat vader twee keer gedronken had toen hij Tim zag."),
                                new nl.schakel.veiligthuis.domain.Monitoringsmoment.BevindingInvoer(
                                        hulp.voorwaarde(),
                                        nl.schakel.veiligthuis.domain.VoorwaardeStatus.NAGELEEFD,
                                        "De verslavingszorg bevestigt elke week een afspraak.")),
                        new nl.schakel.veiligthuis.domain.Monitoringsmoment.AntwoordInvoer(
                                nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate.JA,
                                "Vader woont elders; moeder en Tim voelen zich thuis veilig."),
                        deels,
                        new nl.schakel.veiligthuis.domain.Monitoringsmoment.AntwoordInvoer(
                                nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate.NEE,
                                "Tim heeft nog geen hulp om te verwerken wat hij zag.")));
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
     * Seeds Demo-Zuid once, as vt-zuid and gw-zuid would: an earlier melding about Daan Demo, received two years ago
     * and taken to the besluit "einde bemoeienis", so its involvement in the VT-register is ended. Seeded before
     * Demo-Noord (see {@code demo.DemoData}), Daan's open melding in Demo-Noord then matches it in the register, in one
     * instance or across a federated set.
     */
    @Transactional
    public void vulDemoZuid(TenantId zuid, TeamId team, UserId vtId, UserId gwId) {
        Instant now = clock.instant();
        Actor vt = new Actor(vtId, "vt-zuid", "Zeynep Zuid", Role.VT_MEDEWERKER, zuid, team, null, now);
        Actor gw = new Actor(gwId, "gw-zuid", "Guus Gedrag", Role.GEDRAGSWETENSCHAPPER, zuid, team, null, now);
        Instant ontvangen = now.minus(java.time.Duration.ofDays(730));
        UUID id = veiligThuis.registreer(
                vt,
                melding(
                        ontvangen,
                        false,
                        "Daan Demo",
                        LocalDate.of(2014, 9, 3),
                        "",
                        "De sportleraar zag striemen op de rug van Daan. Daan zei dat hij gevallen was.",
                        now));
        naarBesluit(
                vt,
                gw,
                id,
                LocalDate.ofInstant(ontvangen, Intake.NL),
                Taxatie.of(
                        false,
                        "Daan woont nu bij zijn moeder; vader heeft geen contact.",
                        false,
                        "Eenmalig incident volgens moeder en school.",
                        false,
                        "Geen andere problemen in het gezin bekend."),
                BesluitVoorgesteld.of(Besluit.EINDE_BEMOEIENIS, "Moeder zorgt voor veiligheid en heeft hulp gezocht."));
    }

    /**
     * Takes the earlier demo melding through the veiligheidsbeoordeling as the workers would: the melding itself as
     * the first source, a taxatie, a proposed besluit "einde bemoeienis" by the VT-medewerker, approved by the
     * gedragswetenschapper.
     */
    private void sluitAf(Actor medewerker, Actor gedragswetenschapper, UUID id, LocalDate ontvangen) {
        naarBesluit(
                medewerker,
                gedragswetenschapper,
                id,
                ontvangen,
                Taxatie.of(
                        false,
                        "Noor is veilig bij oma; vader woont niet meer thuis.",
                        false,
                        "Geen eerdere meldingen en het gezin werkt mee.",
                        false,
                        "Geen andere problemen in het gezin bekend."),
                BesluitVoorgesteld.of(
                        Besluit.EINDE_BEMOEIENIS, "Moeder heeft zelf hulp gezocht; er is geen onveiligheid meer."));
    }

    /**
     * Takes a demo melding through the veiligheidsbeoordeling as the workers would: the melding itself as the first
     * source, the taxatie, the besluit proposed by the VT-medewerker and approved by the gedragswetenschapper.
     */
    private void naarBesluit(
            Actor medewerker,
            Actor gedragswetenschapper,
            UUID id,
            LocalDate ontvangen,
            Taxatie taxatie,
            BesluitVoorgesteld besluit) {
        vb.verrijking(
                medewerker,
                id,
                Verrijking.of(
                        Bron.MELDING,
                        "De melding van school gelezen en met de leerkracht besproken.",
                        ontvangen,
                        ontvangen));
        vb.taxatie(medewerker, id, taxatie);
        vb.stelVoor(medewerker, id, besluit);
        vb.beoordeel(gedragswetenschapper, id, true, "Akkoord.");
    }
}
