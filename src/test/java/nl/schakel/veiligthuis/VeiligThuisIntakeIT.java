package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Intake at Veilig Thuis: a melding sent from a dossier becomes the region's own case once, with its deadline; a
 * worker registers meldingen and advies; the own records classify a new melding; the melder is kept apart and shown
 * only with a logged reason; other regions and organisations find nothing.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
public class VeiligThuisIntakeIT {

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    @Autowired
    Werkdagkalender kalender;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    public static Intake melding(String naam, LocalDate geboren, String bsn, Instant ontvangen, Instant now) {
        return Intake.of(
                ZaakSoort.MELDING,
                ontvangen,
                Beller.BEROEPSKRACHT,
                false,
                new Intake.MelderInvoer("Huisarts Testmelder", "Praktijk Test", "0201234567", true),
                MelderCategorie.GEZONDHEIDSZORG,
                List.of(new Intake.PersoonInvoer(naam, geboren, Geslacht.VROUW, bsn, BetrokkeneRol.SLACHTOFFER)),
                List.of(),
                Set.of(VormVanGeweld.ANDERS),
                false,
                "Moeder vertelt over klappen thuis.",
                now);
    }

    @Test
    void aMeldingFromADossierBecomesTheRegionsCaseOnceWithItsDeadline() {
        Actor leerkracht = actor("leerkracht");
        UUID meldingId = TestMeldingen.vanuitDossier(
                        dossiers,
                        meldingen,
                        keten,
                        jdbc,
                        "Ketenkind Intake",
                        "",
                        "Komt met blauwe plekken.",
                        "Ik blijf haar volgen.")
                .meldingId();
        UUID zaakId = TestMeldingen.zaakVan(jdbc, meldingId);
        ZaakView zaak = veiligThuis.zaak(actor("vt-noord"), zaakId);
        assertThat(zaak.zaak().status()).isEqualTo(ZaakStatus.VEILIGHEIDSBEOORDELING);
        LocalDate ontvangen = LocalDate.ofInstant(zaak.zaak().ontvangenOp(), Intake.NL);
        assertThat(zaak.zaak().vbUiterlijk()).isEqualTo(kalender.werkdagenNa(ontvangen, 5));
        assertThat(zaak.betrokkenen()).singleElement().satisfies(b -> {
            assertThat(b.naam()).isEqualTo("Ketenkind Intake");
            assertThat(b.rol()).isEqualTo(BetrokkeneRol.KIND_IN_HUISHOUDEN);
        });
        assertThat(zaak.intake().categorie()).isEqualTo(MelderCategorie.ONDERWIJS);
        assertThat(zaak.intake().uitDossier()).isNull();
        assertThat(zaak.latest(nl.schakel.veiligthuis.domain.DossierMelding.class))
                .hasValueSatisfying(m -> {
                    assertThat(m.signalen())
                            .singleElement()
                            .satisfies(s -> assertThat(s.waarneming()).isEqualTo("Komt met blauwe plekken."));
                    assertThat(m.watBlijftMelderDoen()).isEqualTo("Ik blijf haar volgen.");
                    assertThat(m.ketenMeldingId()).isEqualTo(meldingId);
                });
        assertThat(keten.status(meldingId)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(nl.schakel.keten.VtStatus.ONTVANGEN);
            assertThat(s.veiligheidsbeoordelingUiterlijk())
                    .isEqualTo(zaak.zaak().vbUiterlijk());
        });
        assertThat(zaak.heeftMelder()).isTrue();
        assertThat(zaak.melderAfgeschermd()).isTrue();
        assertThat(zaak.journal().toString()).doesNotContain("0612345678");
        // registered in the national VT-register in the same transaction (issue 11)
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.register_registratie WHERE zaak_id = ?",
                        Integer.class,
                        zaakId))
                .isOne();

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE '%blauwe plekken%'",
                        Integer.class))
                .isZero();
        // another region and an organisation find nothing
        assertThatThrownBy(() -> veiligThuis.zaak(leerkracht, zaakId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWorkerRegistersAMeldingClassifiedAgainstTheOwnRecordsAndShowsTheMelderOnlyWithAReason() {
        Actor vt = actor("vt-noord");
        Instant now = Instant.now();
        UUID eerste = veiligThuis.registreer(
                vt, melding("Intake Eerste", LocalDate.of(2015, 1, 2), "123456782", now.minusSeconds(3600), now));
        UUID tweede = veiligThuis.registreer(
                vt, melding("Intake Eerste", LocalDate.of(2015, 1, 2), "", now.minusSeconds(60), now));

        assertThat(veiligThuis.zaak(vt, eerste).zaak().classificatie())
                .isIn(Classificatie.NIEUW, Classificatie.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING);
        assertThat(veiligThuis.zaak(vt, tweede).zaak().classificatie())
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING);

        assertThatThrownBy(() -> veiligThuis.melder(vt, tweede, " ")).isInstanceOf(InvalidInputException.class);
        assertThat(veiligThuis
                        .melder(vt, tweede, "Terugbellen over de afspraken")
                        .naam())
                .isEqualTo("Huisarts Testmelder");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.melder.read'"
                                + " AND object_id = ? AND purpose = 'Terugbellen over de afspraken'",
                        Integer.class,
                        tweede.toString()))
                .isEqualTo(1);
        assertThatThrownBy(() -> veiligThuis.melder(actor("leerkracht"), tweede, "nieuwsgierig"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFutureTimeAnAnonymousProfessionalMeldingAndAnInvalidBsnAreRefused() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> melding("Toekomst", LocalDate.of(2015, 1, 2), "", now.plusSeconds(3600), now))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("ontvangenOp", "vt.fout.ontvangenoptoekomst"));
        assertThatThrownBy(() -> melding("Fout", LocalDate.of(2015, 1, 2), "123456789", now, now))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("betrokkenen[0].bsn", "vt.fout.betrokkene.bsn"));
        assertThatThrownBy(() -> veiligThuis.registreer(
                        actor("leerkracht"), melding("Geen VT", LocalDate.of(2015, 1, 2), "", now, now)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
