package nl.schakel.last;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The short load test in {@code ./mvnw verify} (issue 14, ADR-0038): {@link WerkdagSimulatie}'s scenarios for 30 s
 * with seven users (three professionals, two Veilig Thuis workers, a teamleider, a record system on the API), short
 * think times, Gatling in this JVM against the test's Schakel. It fails on any failed request (a status, a redirect or
 * a page check that does not hold), never on timings: the machine that runs CI is shared.
 *
 * <p>Each virtual user has its own new account (a TOTP code is accepted once per account; the demo accounts are used
 * by other tests on the same clock), listed in a {@code gebruikers.csv} as the national data set writes it. Codes are
 * computed for the test's fixed clock ({@code last.totp.tijd}). Veilig Thuis workers only read: the demo region's
 * cases are shared with other tests, so the veiligheidscheck stays out ({@code last.vt.schrijven=false}).
 */
class LastKortIT extends WebITSupport {

    private static final String NOORD = "Veilig Thuis Demo-Noord";

    @Autowired
    IdentityManagement identity;

    @TempDir
    Path map;

    @Test
    void theScenariosRunThirtySecondsWithoutASingleFailedRequest() throws IOException {
        TenantId school = new TenantId(TestActors.tenantId(jdbc, TestActors.SCHOOL));
        TenantId noord = new TenantId(TestActors.tenantId(jdbc, NOORD));
        List<String> regels = new ArrayList<>(List.of("gebruikersnaam;soort;tenant"));
        for (int i = 0; i < 3; i++) {
            regels.add(TestActors.enrolledSchoolMember(identity, jdbc, "last-bk") + ";BEROEPSKRACHT;" + school.value());
        }
        regels.add(vt(noord, "last-vt", Role.VT_MEDEWERKER));
        regels.add(vt(noord, "last-gw", Role.GEDRAGSWETENSCHAPPER));
        regels.add(vt(noord, "last-tl", Role.VT_TEAMLEIDER));
        Path gebruikers = Files.write(map.resolve("gebruikers.csv"), regels, StandardCharsets.UTF_8);
        String namens = TestActors.enrolledSchoolMember(identity, jdbc, "last-api");

        Map<String, String> instellingen = new LinkedHashMap<>();
        instellingen.put("last.url", "http://localhost:" + port);
        instellingen.put("last.gebruikers", gebruikers.toString());
        instellingen.put("last.gebruikers.aantal", "7");
        instellingen.put("last.opbouw", "2");
        instellingen.put("last.duur", "30");
        instellingen.put("last.denktijd.min", "100");
        instellingen.put("last.denktijd.max", "300");
        instellingen.put("last.totp.tijd", Long.toString(clock.instant().getEpochSecond()));
        instellingen.put("last.budget", "false");
        instellingen.put("last.vt.schrijven", "false");
        instellingen.put("last.api.namens", namens);
        instellingen.forEach(System::setProperty);
        int status;
        try {
            status = Gatling$.MODULE$.fromArgs(new String[] {
                "-s",
                WerkdagSimulatie.class.getName(),
                "-rf",
                map.resolve("resultaten").toString(),
                "-nr"
            });
        } finally {
            instellingen.keySet().forEach(System::clearProperty);
        }

        assertThat(status)
                .as("Gatling's status: 0 when every request succeeded (see the run's summary above)")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.dossier WHERE owner_id IN"
                                + " (SELECT id FROM identity.account WHERE username LIKE 'last-bk-%')",
                        Integer.class))
                .as("the professionals opened dossiers")
                .isPositive();
    }

    private String vt(TenantId regio, String prefix, Role rol) {
        return TestActors.enrolledMember(identity, regio, TenantKind.VEILIG_THUIS_REGIO, prefix, rol, null) + ";"
                + rol.name() + ";" + regio.value();
    }
}
