package nl.schakel.veiligthuis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestBsn;
import nl.schakel.shared.Actor;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Veilig Thuis cases of Demo-Noord for tests, made through the facades as vt-noord and gw-noord would. */
public final class TestZaken {

    private static final Random RANDOM = new Random();

    private TestZaken() {}

    /**
     * A melding about a made-up child, received a minute before {@code now}, taken through the veiligheidsbeoordeling:
     * a taxatie, the besluit proposed by vt-noord and approved by gw-noord, so the case is in the service it decided.
     */
    public static UUID naBesluit(
            VeiligThuisManagement veiligThuis,
            Veiligheidsbeoordeling vb,
            JdbcTemplate jdbc,
            Instant now,
            String naam,
            Besluit besluit) {
        Actor vt = TestActors.actor(jdbc, "vt-noord");
        UUID zaak = melding(
                veiligThuis,
                vt,
                now,
                new Intake.PersoonInvoer(
                        naam,
                        LocalDate.of(2017, 5, 6),
                        Geslacht.VROUW,
                        TestBsn.generated(RANDOM),
                        BetrokkeneRol.SLACHTOFFER));
        vb.taxatie(vt, zaak, Taxatie.of(true, "Vader drinkt en slaat.", true, "Al een jaar.", false, "Nee."));
        vb.stelVoor(vt, zaak, BesluitVoorgesteld.of(besluit, "Zo besloten in de test."));
        vb.beoordeel(TestActors.actor(jdbc, "gw-noord"), zaak, true, "");
        return zaak;
    }

    /** A melding from a school about these persons, received a minute before {@code now}, registered by the actor. */
    public static UUID melding(
            VeiligThuisManagement veiligThuis, Actor by, Instant now, Intake.PersoonInvoer... personen) {
        return veiligThuis.registreer(
                by,
                Intake.of(
                        ZaakSoort.MELDING,
                        now.minusSeconds(60),
                        Beller.BEROEPSKRACHT,
                        false,
                        new Intake.MelderInvoer("Juf Testmelder", "School Test", "0201234567", true),
                        MelderCategorie.ONDERWIJS,
                        List.of(personen),
                        List.of(),
                        Set.of(VormVanGeweld.ANDERS),
                        false,
                        "Kind vertelt dat vader drinkt en slaat.",
                        now));
    }

    /** A VT-medewerker of Veilig Thuis Demo-Zuid, a region the demo has no users in. */
    public static Actor zuid(JdbcTemplate jdbc, Instant now) {
        return new Actor(
                new nl.schakel.shared.UserId(UUID.randomUUID()),
                "vt-zuid-test",
                "Zoë Zuid",
                nl.schakel.shared.Role.VT_MEDEWERKER,
                new nl.schakel.shared.TenantId(TestActors.tenantId(jdbc, "Veilig Thuis Demo-Zuid")),
                null,
                null,
                now);
    }

    /** How many access-log rows the case has of this event with this outcome (GESLAAGD, GEWEIGERD). */
    public static int logRijen(JdbcTemplate jdbc, UUID zaak, String event, String outcome) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = ? AND outcome = ?",
                Integer.class,
                zaak.toString(),
                event,
                outcome);
        return n == null ? 0 : n;
    }
}
