package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.TestMeldingen;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.Terugkoppeling;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.TerugkoppelingGegeven;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loop back to the melder: after the besluit, a Schakel melder receives the terugkoppeling in the dossier through
 * keten; any other melder's is recorded with how it was given; rule 41's content is checked either way; an adviesvrager
 * gets none and nothing goes out before the besluit.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class TerugkoppelingVersturenIT {

    @Autowired
    TerugkoppelingVersturen terugkoppeling;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    @Autowired
    ZaakStore store;

    @Autowired
    Onderzoek onderzoek;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private UUID meldingUitDossier() {
        return TestMeldingen.zaakVan(
                jdbc,
                TestMeldingen.vanuitDossier(
                                dossiers,
                                meldingen,
                                keten,
                                jdbc,
                                "Terug Koppelkind",
                                "",
                                "Zegt thuis bang te zijn.",
                                "Ik blijf haar volgen.")
                        .meldingId());
    }

    private static TerugkoppelingInvoer invoer(boolean rol, String voorwaarden) {
        return new TerugkoppelingInvoer(List.of("Wijkteam Noord", ""), rol, voorwaarden, "", null, null);
    }

    @Test
    void aSchakelMelderReceivesItInTheDossier() {
        UUID zaak = meldingUitDossier();
        Actor vt = actor("vt-noord");
        assertThatThrownBy(() -> terugkoppeling.geef(vt, zaak, invoer(false, "")))
                .as("not before the besluit")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "vt.fout.geenterugkoppeling"));
        store.updateStatus(zaak, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.BESLUIT_VOORGESTELD);
        store.updateBesluit(zaak, Besluit.VOORWAARDEN_EN_VERVOLG, Instant.now());

        assertThatThrownBy(() -> terugkoppeling.geef(vt, zaak, invoer(true, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("voorwaardenEnAfspraken", "terugkoppeling.fout.voorwaarden"));
        assertThatThrownBy(() -> terugkoppeling.geef(vt, zaak, invoer(false, "Dit mag niet")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("voorwaardenEnAfspraken", "terugkoppeling.fout.voorwaardenzonderrol"));

        terugkoppeling.geef(vt, zaak, invoer(true, "De school belt Veilig Thuis bij nieuw letsel."));

        ZaakView view = veiligThuis.zaak(vt, zaak);
        TerugkoppelingGegeven gegeven = view.latest(TerugkoppelingGegeven.class).orElseThrow();
        assertThat(gegeven.wijze()).isEqualTo(TerugkoppelingGegeven.Wijze.SCHAKEL);
        assertThat(gegeven.vervolg()).isTrue();
        assertThat(gegeven.ontvangendePartijen()).containsExactly("Wijkteam Noord");
        assertThat(keten.terugkoppelingen(view.zaak().ketenMeldingId()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.voorwaardenEnAfspraken()).isEqualTo("De school belt Veilig Thuis bij nieuw letsel.");
                    assertThat(t.besluit()).isEqualTo("Voorwaarden en vervolg");
                });
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM dossier.journal_entry WHERE kind = 'TERUGKOPPELING'"
                                        + " AND payload::text LIKE '%Wijkteam Noord%'",
                                Integer.class)
                        >= 1);
        assertThat(TerugkoppelingVersturen.mogelijk(veiligThuis.zaak(vt, zaak))).isFalse();
        assertThatThrownBy(() -> terugkoppeling.geef(vt, zaak, invoer(false, "")))
                .as("once after the veiligheidsbeoordeling")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "vt.fout.terugkoppelingalgegeven"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.terugkoppeling'"
                                + " AND object_id = ? AND outcome = 'GESLAAGD'",
                        Integer.class,
                        zaak.toString()))
                .isEqualTo(1);
    }

    @Test
    void rule41_afterTheOnderzoekASecondTerugkoppelingReachesTheDossier() {
        UUID zaak = meldingUitDossier();
        Actor vt = actor("vt-noord");
        store.updateStatus(zaak, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.BESLUIT_VOORGESTELD);
        store.updateBesluit(zaak, Besluit.ONDERZOEK, Instant.now());
        terugkoppeling.geef(vt, zaak, invoer(false, ""));
        assertThat(TerugkoppelingVersturen.mogelijk(veiligThuis.zaak(vt, zaak)))
                .as("nothing more is owed while the onderzoek runs")
                .isFalse();

        onderzoek.rapporteer(
                vt,
                zaak,
                OnderzoekIT.rapport(veiligThuis.zaak(vt, zaak).intake().vormen()));
        assertThat(TerugkoppelingVersturen.mogelijk(veiligThuis.zaak(vt, zaak)))
                .as("not before the onderzoek ended")
                .isFalse();
        onderzoek.rondAf(vt, zaak, false, "Moeder zocht zelf hulp.");
        ZaakView na = veiligThuis.zaak(vt, zaak);
        assertThat(TerugkoppelingVersturen.moment(na)).contains(TerugkoppelingGegeven.Moment.NA_ONDERZOEK);
        assertThat(TerugkoppelingVersturen.vervolg(na)).isFalse();

        terugkoppeling.geef(
                vt,
                zaak,
                new TerugkoppelingInvoer(
                        List.of("Huisarts Onderzoekstraat"), false, "", "Het onderzoek is klaar.", null, null));

        TerugkoppelingGegeven gegeven =
                veiligThuis.zaak(vt, zaak).latest(TerugkoppelingGegeven.class).orElseThrow();
        assertThat(gegeven.moment()).isEqualTo(TerugkoppelingGegeven.Moment.NA_ONDERZOEK);
        assertThat(gegeven.vervolg()).isFalse();
        assertThat(keten.terugkoppelingen(na.zaak().ketenMeldingId()))
                .extracting(Terugkoppeling::moment)
                .containsExactly(Terugkoppeling.Moment.NA_VEILIGHEIDSBEOORDELING, Terugkoppeling.Moment.NA_ONDERZOEK);
        assertThat(keten.terugkoppelingen(na.zaak().ketenMeldingId()).getLast().besluit())
                .isEqualTo("Onderzoek afgerond: einde bemoeienis van Veilig Thuis");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM dossier.journal_entry WHERE kind = 'TERUGKOPPELING'"
                                        + " AND payload::text LIKE '%Huisarts Onderzoekstraat%'"
                                        + " AND payload::text LIKE '%NA_ONDERZOEK%'",
                                Integer.class)
                        == 1);
        assertThat(TerugkoppelingVersturen.mogelijk(veiligThuis.zaak(vt, zaak))).isFalse();
        assertThatThrownBy(() -> terugkoppeling.geef(vt, zaak, invoer(false, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "vt.fout.terugkoppelingalgegeven"));
    }

    @Test
    void anotherMelderGetsItRecordedAndAnAdviesvragerGetsNone() {
        Actor vt = actor("vt-noord");
        Instant now = Instant.now();
        UUID zaak = veiligThuis.registreer(
                vt,
                VeiligThuisIntakeIT.melding("Telefoon Kind", LocalDate.of(2014, 6, 7), "", now.minusSeconds(600), now));
        store.updateStatus(zaak, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.BESLUIT_VOORGESTELD);
        store.updateBesluit(zaak, Besluit.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, now);

        assertThatThrownBy(() -> terugkoppeling.geef(vt, zaak, invoer(false, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("wijze", "datum"));
        LocalDate vandaag = veiligThuis
                .zaak(vt, zaak)
                .zaak()
                .besluitOp()
                .atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .toLocalDate();
        terugkoppeling.geef(
                vt,
                zaak,
                new TerugkoppelingInvoer(
                        List.of("Huisarts"),
                        false,
                        "",
                        "Gebeld.",
                        TerugkoppelingGegeven.Wijze.TELEFOON,
                        vandaag.minusDays(1)));
        assertThat(veiligThuis.zaak(vt, zaak).latest(TerugkoppelingGegeven.class))
                .hasValueSatisfying(t -> assertThat(t.wijze()).isEqualTo(TerugkoppelingGegeven.Wijze.TELEFOON));

        UUID advies = veiligThuis.registreer(
                vt,
                nl.schakel.veiligthuis.domain.Intake.of(
                        nl.schakel.veiligthuis.domain.ZaakSoort.ADVIES,
                        now.minusSeconds(60),
                        nl.schakel.veiligthuis.domain.Beller.PARTICULIER,
                        true,
                        new nl.schakel.veiligthuis.domain.Intake.MelderInvoer("", "", "", false),
                        null,
                        List.of(),
                        List.of(),
                        Set.of(),
                        false,
                        "Buurvrouw vraagt advies.",
                        now));
        assertThatThrownBy(() -> terugkoppeling.geef(vt, advies, invoer(false, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "vt.fout.geenterugkoppeling"));
    }
}
