package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.AntwoordRaad;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.OnderzoekAfgerond;
import nl.schakel.veiligthuis.domain.OnderzoekRapport;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.domain.VerzoekRaad;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The onderzoek through its facade: the ten-week term set when the besluit takes effect, the report with a finding per
 * form of violence, the end with einde bemoeienis, a follow-up refused without a veiligheidsvoorwaarde, the verzoek
 * aan de Raad from an onderzoek and from the besluit with both answers, and a teamleider refused and logged.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class OnderzoekIT {

    @Autowired
    Onderzoek onderzoek;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Intake.NL);
    }

    /** A report with a finding for every form of violence named, as a worker would fill it in. */
    static OnderzoekInvoer rapport(Collection<VormVanGeweld> vormen) {
        return new OnderzoekInvoer(
                vormen.stream()
                        .map(v -> new OnderzoekRapport.BevindingInvoer(
                                v, OnderzoekRapport.Uitkomst.BEVESTIGD, "Gezien en gehoord in het onderzoek."))
                        .toList(),
                List.of("Huisarts, over letsel", "School, over verzuim"),
                true,
                LocalDate.ofInstant(Instant.now(), Intake.NL).minusDays(1),
                "",
                false,
                "",
                "Er is sprake van kindermishandeling.");
    }

    /** A melding taken through the veiligheidsbeoordeling to the approved besluit. */
    private UUID naBesluit(String naam, Besluit besluit) {
        Actor vt = actor("vt-noord");
        Instant now = clock.instant();
        UUID zaak = veiligThuis.registreer(
                vt, VeiligThuisIntakeIT.melding(naam, LocalDate.of(2015, 2, 3), "", now.minusSeconds(600), now));
        vb.verrijking(vt, zaak, Verrijking.of(Bron.MELDING, "De melding gelezen.", today(), today()));
        vb.taxatie(vt, zaak, Taxatie.of(false, "Geen direct gevaar.", true, "Al maanden letsel.", false, "Geen."));
        vb.stelVoor(vt, zaak, BesluitVoorgesteld.of(besluit, "Zo besloten."));
        vb.beoordeel(actor("gw-noord"), zaak, true, "");
        return zaak;
    }

    private int log(UUID zaak, String event, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = ? AND outcome = ?",
                Integer.class,
                zaak.toString(),
                event,
                outcome);
    }

    private ZaakView zaak(UUID id) {
        return veiligThuis.zaak(actor("vt-noord"), id);
    }

    @Test
    void rule35_theOnderzoekGetsItsTermWithTheBesluitAndEndsWithItsReport() {
        Actor vt = actor("vt-noord");
        UUID id = naBesluit("Onderzoek Einde", Besluit.ONDERZOEK);
        ZaakView zaak = zaak(id);
        assertThat(zaak.zaak().status()).isEqualTo(ZaakStatus.ONDERZOEK);
        assertThat(zaak.zaak().onderzoekUiterlijk()).isEqualTo(today().plusWeeks(10));

        // no end before the report (rule 56)
        assertThatThrownBy(() -> onderzoek.rondAf(vt, id, false, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "dienst.fout.geenrapport"));
        // every form of the melding needs its outcome
        assertThatThrownBy(() -> onderzoek.rapporteer(vt, id, rapport(List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("uitkomst-ANDERS", "onderzoek.fout.uitkomst"));

        onderzoek.rapporteer(vt, id, rapport(zaak.intake().vormen()));
        assertThat(zaak(id).latest(OnderzoekRapport.class))
                .hasValueSatisfying(
                        r -> assertThat(r.bevinding(VormVanGeweld.ANDERS).uitkomst())
                                .isEqualTo(OnderzoekRapport.Uitkomst.BEVESTIGD));
        assertThat(log(id, Onderzoek.RAPPORT, "GESLAAGD")).isEqualTo(1);

        // a follow-up needs a veiligheidsvoorwaarde
        assertThatThrownBy(() -> onderzoek.rondAf(vt, id, true, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "dienst.fout.geenvoorwaarden"));
        assertThat(zaak(id).zaak().status()).isEqualTo(ZaakStatus.ONDERZOEK);
        assertThat(zaak(id).all(OnderzoekAfgerond.class)).isEmpty();

        assertThat(onderzoek.rondAf(vt, id, false, "Geen zorgen meer.")).isEqualTo(ZaakStatus.AFGESLOTEN);
        assertThat(zaak(id).zaak().status()).isEqualTo(ZaakStatus.AFGESLOTEN);
        assertThat(zaak(id).latest(OnderzoekAfgerond.class))
                .contains(new OnderzoekAfgerond(false, "Geen zorgen meer."));
        assertThat(log(id, Onderzoek.AFRONDING, "GESLAAGD")).isEqualTo(1);
        assertThatThrownBy(
                        () -> onderzoek.rapporteer(vt, id, rapport(zaak.intake().vormen())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "onderzoek.fout.status"));
    }

    @Test
    void theRaadAskedDuringTheOnderzoekDeclinesAndVeiligThuisInvestigatesWithANewTerm() {
        Actor vt = actor("vt-noord");
        UUID id = naBesluit("Onderzoek Raad Nee", Besluit.ONDERZOEK);
        assertThatThrownBy(() -> onderzoek.antwoordRaad(vt, id, today(), false, "Geen grond."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "raad.fout.geenverzoek"));

        onderzoek.vraagRaad(vt, id, "Een maatregel lijkt nodig.", today().minusDays(14));
        assertThat(zaak(id).zaak().status()).isEqualTo(ZaakStatus.VERZOEK_RAAD);
        assertThat(zaak(id).latest(VerzoekRaad.class))
                .contains(new VerzoekRaad("Een maatregel lijkt nodig.", today().minusDays(14)));
        assertThatThrownBy(() -> onderzoek.vraagRaad(vt, id, "Nog eens.", today()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "raad.fout.alverzocht"));
        assertThatThrownBy(() -> onderzoek.antwoordRaad(vt, id, today().minusDays(15), false, "Te vroeg."))
                .as("an answer before the verzoek")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("antwoordDatum"));

        assertThat(onderzoek.antwoordRaad(vt, id, today().minusDays(7), false, "Eerst hulp proberen."))
                .isEqualTo(ZaakStatus.ONDERZOEK);
        ZaakView zaak = zaak(id);
        assertThat(zaak.zaak().status()).isEqualTo(ZaakStatus.ONDERZOEK);
        assertThat(zaak.zaak().onderzoekUiterlijk())
                .as("the ten weeks run from the Raad's answer")
                .isEqualTo(today().minusDays(7).plusWeeks(10));
        assertThat(zaak.latest(AntwoordRaad.class))
                .hasValueSatisfying(a -> assertThat(a.onderzoekt()).isFalse());
        assertThat(log(id, Onderzoek.VERZOEK, "GESLAAGD")).isEqualTo(1);
        assertThat(log(id, Onderzoek.ANTWOORD, "GESLAAGD")).isEqualTo(1);
    }

    @Test
    void afterTheBesluitToAskTheRaadTheVerzoekIsRecordedAndTheRaadInvestigates() {
        Actor vt = actor("vt-noord");
        UUID id = naBesluit("Raad Ja", Besluit.VERZOEK_ONDERZOEK_RAAD);
        assertThat(zaak(id).zaak().status()).isEqualTo(ZaakStatus.VERZOEK_RAAD);
        assertThat(zaak(id).zaak().onderzoekUiterlijk()).isNull();

        onderzoek.vraagRaad(vt, id, "Ouders weigeren hulp.", today());
        assertThat(zaak(id).zaak().status()).isEqualTo(ZaakStatus.VERZOEK_RAAD);

        assertThat(onderzoek.antwoordRaad(vt, id, today(), true, "De Raad start een onderzoek."))
                .isEqualTo(ZaakStatus.OVERDRACHT);
        assertThat(zaak(id).zaak().status()).isEqualTo(ZaakStatus.OVERDRACHT);
        assertThat(zaak(id).zaak().onderzoekUiterlijk()).isNull();
        assertThatThrownBy(() -> onderzoek.vraagRaad(vt, id, "Weer.", today()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "dienst.fout.overgang"));
    }

    @Test
    void aTeamleiderIsRefusedAndTheRefusalIsLogged() {
        Actor tl = actor("tl-noord");
        UUID id = naBesluit("Onderzoek Teamleider", Besluit.ONDERZOEK);

        assertThatThrownBy(() -> onderzoek.magVastleggen(tl, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onderzoek.rapporteer(tl, id, rapport(List.of(VormVanGeweld.ANDERS))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onderzoek.vraagRaad(tl, id, "Maatregel.", today()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onderzoek.rondAf(tl, id, false, "")).isInstanceOf(AccessDeniedException.class);

        assertThat(log(id, Onderzoek.PAGINA, "GEWEIGERD")).isEqualTo(1);
        assertThat(log(id, Onderzoek.RAPPORT, "GEWEIGERD")).isEqualTo(1);
        assertThat(log(id, Onderzoek.VERZOEK, "GEWEIGERD")).isEqualTo(1);
        assertThat(log(id, Onderzoek.AFRONDING, "GEWEIGERD")).isEqualTo(1);
        assertThat(zaak(id).zaak().status()).isEqualTo(ZaakStatus.ONDERZOEK);
        assertThat(zaak(id).all(OnderzoekRapport.class)).isEmpty();
    }
}
