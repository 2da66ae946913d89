package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Over HTTP: a dossier of someone else answers 404 and shows nothing of it. */
@WebIT
class DossierPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierManagement dossiers;

    @ParameterizedTest
    @ValueSource(strings = {"beheer-school", "privacy-school", "huisarts"})
    void someoneElsesDossierIsNotFound(String username) {
        UUID id = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Noor Testpersoon", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
        Browser other = new Browser(port, clock, jdbc).login(username);

        HttpResponse<String> response = other.get("/dossiers/" + id);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Niet gevonden").doesNotContain("Noor Testpersoon");
    }
}
