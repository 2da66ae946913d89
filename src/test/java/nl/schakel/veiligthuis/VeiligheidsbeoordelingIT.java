package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitBeoordeeld;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.Overeenkomst;
import nl.schakel.veiligthuis.domain.Risicofactor;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.VbStand;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The veiligheidsbeoordeling of a registered melding: verrijking with the own-records search, taxatie and risk
 * factors, a proposed besluit approved by a second person (four eyes) or rejected, each step logged.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class VeiligheidsbeoordelingIT {

    private static final LocalDate GEBOREN = LocalDate.of(2016, 4, 5);

    @Autowired
    nl.schakel.veiligthuis.persistence.ZaakStore store;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    /** A worker of Demo-Zuid, a region without demo users. */
    private Actor zuid() {
        return new Actor(
                new UserId(UUID.randomUUID()),
                "vt-zuid-test",
                "VT Zuid Test",
                Role.VT_MEDEWERKER,
                new TenantId(TestActors.tenantId(jdbc, "Veilig Thuis Demo-Zuid")),
                null,
                null,
                Instant.now());
    }

    /** A BSN no other test uses: random digits with the elfproef check digit. */
    static String bsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                sum += d[i] * (9 - i);
            }
            int check = sum % 11;
            if (check < 10) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    b.append(d[i]);
                }
                return b.append(check).toString();
            }
        }
    }

    static Intake intake(ZaakSoort soort, String naam, String bsn, Instant ontvangen) {
        return Intake.of(
                soort,
                ontvangen,
                Beller.BEROEPSKRACHT,
                false,
                new Intake.MelderInvoer("Juf Testmelder", "School Test", "0201234567", true),
                MelderCategorie.ONDERWIJS,
                List.of(new Intake.PersoonInvoer(naam, GEBOREN, Geslacht.MAN, bsn, BetrokkeneRol.SLACHTOFFER)),
                List.of(),
                Set.of(VormVanGeweld.ANDERS),
                false,
                "Kind vertelt over ruzie thuis.",
                ontvangen);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Intake.NL);
    }

    private static Taxatie taxatie() {
        return Taxatie.of(false, "Geen direct gevaar.", true, "Al maanden ruzie.", false, "Alleen de ruzie.");
    }

    private int log(UUID zaak, String event, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = ? AND outcome = ?",
                Integer.class,
                zaak.toString(),
                event,
                outcome);
    }

    @Test
    void aTaxatieOfAcuutOnveiligMarksTheCaseAcuteWithItsReasoningOnce() {
        Actor vt = actor("vt-noord");
        UUID id = veiligThuis.registreer(
                vt,
                intake(
                        ZaakSoort.MELDING,
                        "Taxatie Acuut",
                        bsn(),
                        clock.instant().minusSeconds(60)));
        vb.taxatie(vt, id, taxatie());
        assertThat(veiligThuis.zaak(vt, id).zaak().acuut()).isFalse();

        vb.taxatie(vt, id, Taxatie.of(true, "Vader dreigt vandaag.", true, "Al maanden ruzie.", false, "Nee."));
        ZaakView zaak = veiligThuis.zaak(vt, id);
        assertThat(zaak.zaak().acuut()).isTrue();
        assertThat(zaak.acuutReden()).isEqualTo(new AcuutGemarkeerd("Vader dreigt vandaag."));
        assertThat(log(id, "veiligthuis.acuut", "GESLAAGD")).isEqualTo(1);

        vb.taxatie(vt, id, Taxatie.of(true, "Nog steeds dreiging.", true, "Al maanden ruzie.", false, "Nee."));
        assertThat(veiligThuis.zaak(vt, id).all(nl.schakel.veiligthuis.domain.AcuutGemarkeerd.class))
                .hasSize(1);
        assertThat(veiligThuis.zaak(vt, id).acuutReden()).isEqualTo(new AcuutGemarkeerd("Vader dreigt vandaag."));
    }

    @Test
    void anAcuteTaxatieThatFailsLeavesNoAcuteMark() {
        Actor vt = actor("vt-noord");
        UUID id = veiligThuis.registreer(
                vt,
                intake(
                        ZaakSoort.MELDING,
                        "Taxatie Te Laat",
                        bsn(),
                        clock.instant().minusSeconds(60)));
        vb.taxatie(vt, id, taxatie());
        vb.stelVoor(vt, id, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Formele vaststelling nodig."));

        assertThatThrownBy(() ->
                        vb.taxatie(vt, id, Taxatie.of(true, "Vader dreigt vandaag.", true, "Ruzie.", false, "Nee.")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(veiligThuis.zaak(vt, id).zaak().acuut()).isFalse();
    }

    @Test
    void theWholeVeiligheidsbeoordelingFromVerrijkingToAnApprovedBesluit() {
        Actor vt = actor("vt-noord");
        Actor gw = actor("gw-noord");
        Instant now = clock.instant();
        String naam = "Kind " + UUID.randomUUID().toString().substring(0, 8);
        String bsn = bsn();
        UUID doorBsn = veiligThuis.registreer(
                vt, intake(ZaakSoort.MELDING, "Andere Schrijfwijze", bsn, now.minusSeconds(3 * 86400)));
        UUID doorNaam = veiligThuis.registreer(vt, intake(ZaakSoort.ADVIES, naam, "", now.minusSeconds(86400)));
        UUID anderKind = veiligThuis.registreer(vt, intake(ZaakSoort.MELDING, naam + " Ander", bsn(), now));
        UUID andereRegio = veiligThuis.registreer(zuid(), intake(ZaakSoort.MELDING, naam, bsn, now));
        UUID zaak = veiligThuis.registreer(vt, intake(ZaakSoort.MELDING, naam, bsn, now));

        // verrijking: the own records, automatically
        List<EerdereBetrokkenheid> eerder = vb.eigenRegistratie(vt, zaak);
        assertThat(eerder).extracting(e -> e.zaak().id()).containsExactly(doorNaam, doorBsn);
        assertThat(eerder.get(0).personen())
                .containsExactly(new EerdereBetrokkenheid.Persoon(naam, Overeenkomst.NAAM_GEBOORTEDATUM));
        assertThat(eerder.get(0).zaak().soort()).isEqualTo(ZaakSoort.ADVIES);
        assertThat(eerder.get(1).personen()).containsExactly(new EerdereBetrokkenheid.Persoon(naam, Overeenkomst.BSN));
        assertThat(eerder).extracting(e -> e.zaak().id()).doesNotContain(anderKind, andereRegio, zaak);
        assertThat(log(zaak, "veiligthuis.eigenregistratie.read", "GESLAAGD")).isEqualTo(1);

        vb.verrijking(vt, zaak, Verrijking.of(Bron.EIGEN_REGISTRATIE, "Een melding en een advies.", today(), today()));
        assertThat(log(zaak, "veiligthuis.verrijking", "GESLAAGD")).isEqualTo(1);

        // no besluit without a taxatie
        assertThatThrownBy(() -> vb.stelVoor(vt, zaak, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Onderzoek nodig.")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "vb.fout.geentaxatie"));

        vb.taxatie(vt, zaak, taxatie());
        vb.risicofactor(vt, zaak, Risicofactor.of("Vader drinkt veel."));
        VbStand stand = VbStand.van(veiligThuis.zaak(vt, zaak).journal());
        assertThat(stand.taxatie()).contains(taxatie());
        assertThat(stand.overdracht().risicofactoren()).containsExactly(new Risicofactor("Vader drinkt veel."));
        assertThat(log(zaak, "veiligthuis.taxatie", "GESLAAGD")).isEqualTo(1);
        assertThat(log(zaak, "veiligthuis.risicofactor", "GESLAAGD")).isEqualTo(1);

        // a teamleider proposes nothing
        assertThatThrownBy(() -> vb.stelVoor(
                        actor("tl-noord"), zaak, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Onderzoek nodig.")))
                .isInstanceOf(AccessDeniedException.class);

        UUID voorstel = vb.stelVoor(vt, zaak, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Formele vaststelling nodig."));
        assertThat(veiligThuis.zaak(vt, zaak).zaak().status()).isEqualTo(ZaakStatus.BESLUIT_VOORGESTELD);
        assertThat(log(zaak, "veiligthuis.besluit.voorstel", "GESLAAGD")).isEqualTo(1);
        assertThat(vb.teBeoordelen(gw))
                .filteredOn(b -> b.zaak().id().equals(zaak))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.voorstel()).isEqualTo(voorstel);
                    assertThat(b.besluit()).isEqualTo(Besluit.ONDERZOEK);
                    assertThat(b.eigen()).isFalse();
                });

        // a VT-medewerker does not approve
        assertThatThrownBy(() -> vb.beoordeel(vt, zaak, true, "")).isInstanceOf(AccessDeniedException.class);
        assertThat(log(zaak, "veiligthuis.besluit.goedkeuring", "GEWEIGERD")).isEqualTo(1);

        vb.beoordeel(gw, zaak, true, "");
        ZaakView na = veiligThuis.zaak(gw, zaak);
        assertThat(na.zaak().status()).isEqualTo(ZaakStatus.ONDERZOEK);
        assertThat(na.zaak().besluit()).isEqualTo(Besluit.ONDERZOEK);
        assertThat(na.zaak().besluitOp()).isNotNull();
        assertThat(na.latest(BesluitBeoordeeld.class)).contains(new BesluitBeoordeeld(voorstel, true, ""));
        assertThat(log(zaak, "veiligthuis.besluit.goedkeuring", "GESLAAGD")).isEqualTo(1);
        assertThat(vb.teBeoordelen(gw)).extracting(b -> b.zaak().id()).doesNotContain(zaak);
        // a second approval racing the first changes nothing: the besluit only takes effect from BESLUIT_VOORGESTELD
        assertThat(store.updateBesluit(zaak, Besluit.EINDE_BEMOEIENIS, java.time.Instant.now()))
                .isFalse();
        assertThat(store.updateStatus(zaak, ZaakStatus.BESLUIT_VOORGESTELD, ZaakStatus.VEILIGHEIDSBEOORDELING))
                .isFalse();
        assertThat(veiligThuis.zaak(gw, zaak).zaak().besluit()).isEqualTo(Besluit.ONDERZOEK);
        // the case is out of the veiligheidsbeoordeling: nothing more to record there
        assertThatThrownBy(() -> vb.taxatie(vt, zaak, taxatie())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRejectedBesluitReturnsToTheVeiligheidsbeoordelingAndNoOneApprovesTheirOwn() {
        Actor vt = actor("vt-noord");
        Actor gw = actor("gw-noord");
        UUID zaak = veiligThuis.registreer(
                vt, intake(ZaakSoort.MELDING, "Kind " + UUID.randomUUID(), bsn(), clock.instant()));
        vb.taxatie(vt, zaak, taxatie());
        vb.stelVoor(vt, zaak, BesluitVoorgesteld.of(Besluit.EINDE_BEMOEIENIS, "Hulp loopt al."));
        assertThatThrownBy(() -> vb.stelVoor(vt, zaak, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Toch onderzoek.")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "vb.fout.status"));

        assertThatThrownBy(() -> vb.beoordeel(gw, zaak, false, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("toelichting", "vb.fout.toelichting"));
        vb.beoordeel(gw, zaak, false, "Eerst de school nog spreken.");
        ZaakView terug = veiligThuis.zaak(vt, zaak);
        assertThat(terug.zaak().status()).isEqualTo(ZaakStatus.VEILIGHEIDSBEOORDELING);
        assertThat(terug.zaak().besluit()).isNull();
        assertThat(VbStand.van(terug.journal()).openVoorstel()).isEmpty();

        UUID eigen = vb.stelVoor(gw, zaak, BesluitVoorgesteld.of(Besluit.VOORWAARDEN_EN_VERVOLG, "Voorwaarden."));
        assertThat(vb.teBeoordelen(gw))
                .filteredOn(b -> b.voorstel().equals(eigen))
                .singleElement()
                .satisfies(b -> assertThat(b.eigen()).isTrue());
        assertThatThrownBy(() -> vb.beoordeel(gw, zaak, true, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "vb.fout.eigenvoorstel"));
        assertThat(veiligThuis.zaak(vt, zaak).zaak().status()).isEqualTo(ZaakStatus.BESLUIT_VOORGESTELD);
        assertThat(log(zaak, "veiligthuis.besluit.voorstel", "GESLAAGD")).isEqualTo(2);
        assertThat(log(zaak, "veiligthuis.besluit.goedkeuring", "GESLAAGD")).isEqualTo(1);
        assertThat(log(zaak, "veiligthuis.besluit.goedkeuring", "GEWEIGERD")).isEqualTo(1);
        assertThat(veiligThuis.zaak(vt, zaak).all(BesluitVoorgesteld.class)).hasSize(2);
    }

    @Test
    void anotherRegionFindsNothing() {
        UUID zaak = veiligThuis.registreer(
                actor("vt-noord"), intake(ZaakSoort.MELDING, "Kind " + UUID.randomUUID(), bsn(), clock.instant()));
        Actor zuid = zuid();
        assertThatThrownBy(() -> vb.eigenRegistratie(zuid, zaak))
                .isInstanceOf(nl.schakel.shared.NotFoundException.class);
        assertThatThrownBy(() -> vb.taxatie(zuid, zaak, taxatie()))
                .isInstanceOf(nl.schakel.shared.NotFoundException.class);
        assertThat(vb.teBeoordelen(zuid)).extracting(b -> b.zaak().id()).doesNotContain(zaak);
    }
}
