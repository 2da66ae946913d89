package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The two ports kept apart, also while federation is off (then {@code /federatie/**} is nowhere). */
class FederatiePoortTests {

    private static final int POORT = 9443;

    @Test
    void offFederatieIsNotFoundAndTheRestPasses() throws Exception {
        Filter uit = filter(false);

        assertThat(status(uit, 8080, "/federatie/v1/ping")).isEqualTo(404);
        assertThat(status(uit, POORT, "/federatie/v1/ping")).isEqualTo(404);
        assertThat(status(uit, 8080, "/inloggen")).isEqualTo(200);
    }

    @Test
    void onEachPortServesOnlyItsOwnPaths() throws Exception {
        Filter aan = filter(true);

        assertThat(status(aan, POORT, "/federatie/v1/ping")).isEqualTo(200);
        assertThat(status(aan, POORT, "/federatie")).isEqualTo(200);
        assertThat(status(aan, POORT, "/inloggen")).isEqualTo(404);
        assertThat(status(aan, POORT, "/federatieX")).isEqualTo(404);
        assertThat(status(aan, 8080, "/federatie/v1/berichten")).isEqualTo(404);
        assertThat(status(aan, 8080, "/federatieX")).isEqualTo(200);
        assertThat(status(aan, 8080, "/inloggen")).isEqualTo(200);
    }

    private static int status(Filter filter, int port, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        request.setLocalPort(port);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    private static Filter filter(boolean enabled) {
        Map<String, String> settings = PartijenTests.tweePartijen();
        settings.put("schakel.federatie.enabled", Boolean.toString(enabled));
        settings.put("schakel.federatie.poort", Integer.toString(POORT));
        return new FederatiePoort()
                .federatiePoortFilter(PartijenTests.bind(settings))
                .getFilter();
    }
}
