package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestBsn;
import nl.schakel.TestClockConfiguration;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.veiligthuis.domain.Afspraak;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import nl.schakel.veiligthuis.domain.VoorwaardeWijziging;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Voorwaarden en vervolg through its facade: veiligheidsvoorwaarden set, changed only by a new decision that another
 * gedragswetenschapper approves (rule 40), afspraken recorded, and the move to the overdracht only once a voorwaarde is
 * set; every step and every refusal in the access log.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class VoorwaardenEnVervolgIT {

    private static final String VOORWAARDE = "Als vader drinkt, heeft hij geen contact met de kinderen.";

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    VoorwaardenEnVervolg vv;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(10);

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    /** Another gedragswetenschapper of Demo-Noord than gw-noord, for the second pair of eyes. */
    private Actor andereGedragswetenschapper() {
        Actor gw = actor("gw-noord");
        return new Actor(
                new UserId(UUID.randomUUID()),
                "gw-noord-2",
                "Greet Gedrag",
                Role.GEDRAGSWETENSCHAPPER,
                gw.tenantId(),
                gw.teamId(),
                null,
                Instant.now());
    }

    /** A melding taken through the veiligheidsbeoordeling to the approved besluit "voorwaarden en vervolg". */
    private UUID inVoorwaardenEnVervolg() {
        UUID zaak = TestZaken.naBesluit(
                veiligThuis, vb, jdbc, clock.instant(), "Kind Voorwaarde", Besluit.VOORWAARDEN_EN_VERVOLG);
        assertThat(status(zaak)).isEqualTo(ZaakStatus.VOORWAARDEN_EN_VERVOLG);
        return zaak;
    }

    /** A melding still in the veiligheidsbeoordeling. */
    private UUID melding() {
        Instant now = clock.instant();
        return veiligThuis.registreer(
                actor("vt-noord"),
                VeiligheidsbeoordelingIT.intake(ZaakSoort.MELDING, "Kind Voorwaarde", TestBsn.generated(random), now));
    }

    private ZaakStatus status(UUID zaak) {
        return veiligThuis.zaak(actor("vt-noord"), zaak).zaak().status();
    }

    private Veiligheidsvoorwaarden voorwaarden(UUID zaak) {
        return Veiligheidsvoorwaarden.van(
                veiligThuis.zaak(actor("vt-noord"), zaak).journal());
    }

    private int log(UUID zaak, String event, String outcome) {
        return TestZaken.logRijen(jdbc, zaak, event, outcome);
    }

    private static VoorwaardeWijziging wijziging(UUID voorwaarde, String tekst) {
        return VoorwaardeWijziging.of(
                voorwaarde, tekst, "Vader", "Wijkteam, elke week", "Na een gesprek aangescherpt.");
    }

    @Test
    void rule40_aVoorwaardeIsSetAndChangesOnlyByANewDecisionThatAnotherGedragswetenschapperApproves() {
        UUID zaak = inVoorwaardenEnVervolg();
        Actor vt = actor("vt-noord");
        Actor gw = actor("gw-noord");
        Actor tl = actor("tl-noord");

        UUID voorwaarde = vv.stelVast(vt, zaak, Veiligheidsvoorwaarde.of(VOORWAARDE, "Vader", "Wijkteam, elke week"));
        assertThat(voorwaarden(zaak).alle()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(voorwaarde);
            assertThat(v.geldend().tekst()).isEqualTo(VOORWAARDE);
        });
        assertThat(log(zaak, "veiligthuis.voorwaarde", "GESLAAGD")).isEqualTo(1);

        assertThatThrownBy(() -> vv.stelVast(tl, zaak, Veiligheidsvoorwaarde.of("Iets anders.", "Moeder", "Oma")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(log(zaak, "veiligthuis.voorwaarde", "GEWEIGERD")).isEqualTo(1);

        // gw-noord proposes a change; one change per voorwaarde waits at a time
        UUID voorstel =
                vv.stelWijzigingVoor(gw, zaak, wijziging(voorwaarde, "Vader drinkt niet als de kinderen er zijn."));
        assertThat(log(zaak, "veiligthuis.voorwaarde.wijziging", "GESLAAGD")).isEqualTo(1);
        assertThat(voorwaarden(zaak).wachtOpBeoordeling(voorwaarde)).isTrue();
        assertThatThrownBy(() -> vv.stelWijzigingVoor(vt, zaak, wijziging(voorwaarde, "Nog een andere tekst.")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "voorwaarde.fout.wijzigingopen"));

        // the proposer, a teamleider and a VT-medewerker may not approve; each refusal is logged
        assertThatThrownBy(() -> vv.beoordeelWijziging(gw, zaak, voorstel, true, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "voorwaarde.fout.eigenvoorstel"));
        assertThatThrownBy(() -> vv.beoordeelWijziging(tl, zaak, voorstel, true, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vv.beoordeelWijziging(vt, zaak, voorstel, true, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(log(zaak, "veiligthuis.voorwaarde.goedkeuring", "GEWEIGERD")).isEqualTo(3);
        assertThat(voorwaarden(zaak)
                        .voorwaarde(voorwaarde)
                        .orElseThrow()
                        .geldend()
                        .tekst())
                .isEqualTo(VOORWAARDE);

        // another gedragswetenschapper approves: the new wording is in force, the old one stays
        vv.beoordeelWijziging(andereGedragswetenschapper(), zaak, voorstel, true, "");
        Veiligheidsvoorwaarden na = voorwaarden(zaak);
        assertThat(na.openWijzigingen()).isEmpty();
        assertThat(na.voorwaarde(voorwaarde).orElseThrow().versies())
                .extracting(Veiligheidsvoorwaarden.Versie::tekst, Veiligheidsvoorwaarden.Versie::goedgekeurdDoor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(VOORWAARDE, ""),
                        org.assertj.core.groups.Tuple.tuple(
                                "Vader drinkt niet als de kinderen er zijn.", "Greet Gedrag"));
        assertThat(log(zaak, "veiligthuis.voorwaarde.goedkeuring", "GESLAAGD")).isEqualTo(1);
        assertThatThrownBy(() -> vv.beoordeelWijziging(andereGedragswetenschapper(), zaak, voorstel, true, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "voorwaarde.fout.geenwijziging"));

        // a change by the VT-medewerker, rejected by gw-noord: a rejection needs its toelichting
        UUID tweede = vv.stelWijzigingVoor(vt, zaak, wijziging(voorwaarde, "Vader mag weer alleen met de kinderen."));
        assertThatThrownBy(() -> vv.beoordeelWijziging(gw, zaak, tweede, false, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("toelichting"));
        vv.beoordeelWijziging(gw, zaak, tweede, false, "Daarvoor is het te vroeg.");
        assertThat(voorwaarden(zaak).voorwaarde(voorwaarde).orElseThrow().versies())
                .hasSize(2)
                .last()
                .satisfies(v -> assertThat(v.tekst()).isEqualTo("Vader drinkt niet als de kinderen er zijn."));
        assertThat(voorwaarden(zaak).openWijzigingen()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.journal_entry WHERE zaak_id = ? AND kind LIKE 'VOORWAARDE%'",
                        Integer.class, zaak))
                .as("every version, proposal and judgement stays in the journal")
                .isEqualTo(5);
    }

    @Test
    void theCaseMovesToTheOverdrachtOnlyOnceAVoorwaardeIsSet() {
        UUID zaak = inVoorwaardenEnVervolg();
        Actor vt = actor("vt-noord");

        assertThatThrownBy(() -> vv.naarOverdracht(vt, zaak))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "dienst.fout.geenvoorwaarden"));
        assertThat(status(zaak)).isEqualTo(ZaakStatus.VOORWAARDEN_EN_VERVOLG);
        assertThatThrownBy(() -> vv.naarOverdracht(actor("tl-noord"), zaak)).isInstanceOf(AccessDeniedException.class);
        assertThat(log(zaak, "veiligthuis.naaroverdracht", "GEWEIGERD")).isEqualTo(1);

        vv.stelVast(vt, zaak, Veiligheidsvoorwaarde.of(VOORWAARDE, "Vader", "Wijkteam, elke week"));
        vv.legAfspraakVast(vt, zaak, Afspraak.of("Moeder", "Belt het wijkteam als vader drinkt.", "", vv.vandaag()));
        assertThat(log(zaak, "veiligthuis.afspraak", "GESLAAGD")).isEqualTo(1);

        assertThat(vv.naarOverdracht(vt, zaak)).isEqualTo(ZaakStatus.OVERDRACHT);
        assertThat(status(zaak)).isEqualTo(ZaakStatus.OVERDRACHT);
        assertThat(log(zaak, "veiligthuis.naaroverdracht", "GESLAAGD")).isEqualTo(1);
        assertThatThrownBy(() -> vv.naarOverdracht(vt, zaak))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "dienst.fout.overgang"));

        // in the overdracht a new voorwaarde may still be decided
        vv.stelVast(vt, zaak, Veiligheidsvoorwaarde.of("Moeder is nooit alleen met de baby.", "Moeder", "Oma"));
        assertThat(voorwaarden(zaak).aantal()).isEqualTo(2);
    }

    @Test
    void noVoorwaardeOrAfspraakBeforeTheBesluitAndNoChangeOfAnotherCasesVoorwaarde() {
        UUID zaak = melding();
        UUID ander = inVoorwaardenEnVervolg();
        Actor vt = actor("vt-noord");
        assertThatThrownBy(() -> vv.stelVast(vt, zaak, Veiligheidsvoorwaarde.of(VOORWAARDE, "Vader", "Wijkteam")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "voorwaarde.fout.status"));
        assertThatThrownBy(() -> vv.legAfspraakVast(vt, zaak, Afspraak.of("Moeder", "Belt.", "", vv.vandaag())))
                .isInstanceOf(InvalidInputException.class);
        UUID voorwaarde = vv.stelVast(vt, ander, Veiligheidsvoorwaarde.of(VOORWAARDE, "Vader", "Wijkteam"));
        assertThatThrownBy(() -> vv.stelWijzigingVoor(vt, zaak, wijziging(voorwaarde, "Andere tekst.")))
                .isInstanceOf(nl.schakel.shared.NotFoundException.class);
        assertThat(voorwaarden(zaak).aantal()).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.journal_entry WHERE zaak_id = ? AND kind IN"
                                + " ('VOORWAARDE', 'VOORWAARDE_WIJZIGING', 'AFSPRAAK')",
                        Integer.class,
                        zaak))
                .isZero();
    }
}
