package nl.schakel;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewMelding;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.springframework.jdbc.core.JdbcTemplate;

/** Meldingen through the chain for tests: a dossier of leerkracht with a melding sent to Demo-Noord. */
public final class TestMeldingen {

    private TestMeldingen() {}

    /** The dossier and the id under which its melding crossed the chain. */
    public record Verstuurd(UUID dossierId, UUID meldingId) {}

    public static VeiligThuisRegio noord(KetenManagement keten) {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Opens a dossier of leerkracht about a child, records one signaal and sends the melding to Demo-Noord.
     *
     * @param bsn the child's BSN, or "" when unknown
     */
    public static Verstuurd vanuitDossier(
            DossierManagement dossiers,
            MeldingManagement meldingen,
            KetenManagement keten,
            JdbcTemplate jdbc,
            String kind,
            String bsn,
            String waarneming,
            String watBlijfIkDoen) {
        return vanuitDossier(dossiers, meldingen, keten, jdbc, kind, bsn, waarneming, watBlijfIkDoen, id -> {});
    }

    /**
     * The same, with more recorded in the dossier before the melding is sent.
     *
     * @param daarna what else to record in the new dossier (its id) after the signaal
     */
    public static Verstuurd vanuitDossier(
            DossierManagement dossiers,
            MeldingManagement meldingen,
            KetenManagement keten,
            JdbcTemplate jdbc,
            String kind,
            String bsn,
            String waarneming,
            String watBlijfIkDoen,
            java.util.function.Consumer<UUID> daarna) {
        return vanuitDossier(dossiers, meldingen, jdbc, noord(keten), kind, bsn, waarneming, watBlijfIkDoen, daarna);
    }

    /** The same, to another region (one served by a federated party, for example). */
    public static Verstuurd vanuitDossier(
            DossierManagement dossiers,
            MeldingManagement meldingen,
            JdbcTemplate jdbc,
            VeiligThuisRegio aan,
            String kind,
            String bsn,
            String waarneming,
            String watBlijfIkDoen,
            java.util.function.Consumer<UUID> daarna) {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        UUID id = dossiers.open(
                leerkracht, List.of(new NewBetrokkene(kind, LocalDate.of(2017, 5, 6), bsn, Relatie.KIND)));
        dossiers.addSignaal(
                leerkracht,
                id,
                new NewSignaal(
                        dossiers.today(), waarneming, SignaalSoort.FEIT, "", Set.of(VormVanGeweld.ANDERS), true));
        daarna.accept(id);
        UUID entryId = meldingen.send(
                leerkracht,
                id,
                new NewMelding(watBlijfIkDoen, true, "", true, aan.id().value(), "0612345678"));
        Melding melding = (Melding)
                dossiers.dossier(leerkracht, id).entry(entryId).orElseThrow().payload();
        return new Verstuurd(id, melding.meldingId());
    }

    /** Waits until Demo-Noord has taken the melding in (after the sender's commit), and gives its case's id. */
    public static UUID zaakVan(JdbcTemplate jdbc, UUID meldingId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM veiligthuis.zaak WHERE keten_melding_id = ?",
                                Integer.class,
                                meldingId)
                        == 1);
        return jdbc.queryForObject("SELECT id FROM veiligthuis.zaak WHERE keten_melding_id = ?", UUID.class, meldingId);
    }

    /**
     * A keten melding about one child, as an organisation's instance sends it, for tests of the chain itself.
     *
     * @param organisatie the melder's organisation
     * @param melder the melder's user id
     */
    public static nl.schakel.keten.Melding ketenMelding(
            nl.schakel.shared.TenantId organisatie,
            nl.schakel.shared.UserId melder,
            VeiligThuisRegio aan,
            String kind) {
        return new nl.schakel.keten.Melding(
                UUID.randomUUID(),
                aan,
                new nl.schakel.keten.Melding.Melder(
                        organisatie,
                        TestActors.SCHOOL,
                        melder,
                        "Leerkracht",
                        nl.schakel.shared.Role.BEROEPSKRACHT,
                        null,
                        "0612345678"),
                List.of(new nl.schakel.keten.Melding.Betrokkene(kind, LocalDate.of(2018, 3, 4), null, Relatie.KIND)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Volgen.",
                true,
                null,
                false,
                java.time.Instant.now(),
                nl.schakel.keten.Melding.Oordeel.ONBEKEND);
    }
}
