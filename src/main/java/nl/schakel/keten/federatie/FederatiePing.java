package nl.schakel.keten.federatie;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET} or {@code POST /federatie/v1/ping}: a party checks that it reaches this instance and is known here (by
 * POST, the way it sends messages, with {@code FederatieClient}); the answer names the caller's OIN as this instance
 * read it from the certificate ({@code van}) and this instance's own ({@code aan}). A request body is ignored.
 */
@RestController
class FederatiePing {

    private final FederatieInstellingen instellingen;

    FederatiePing(FederatieInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    @RequestMapping(
            path = FederatiePoort.PAD + "/v1/ping",
            method = {RequestMethod.GET, RequestMethod.POST})
    Map<String, String> ping(@AuthenticationPrincipal Partij van) {
        return Map.of("van", van.oin(), "aan", instellingen.oin());
    }
}
