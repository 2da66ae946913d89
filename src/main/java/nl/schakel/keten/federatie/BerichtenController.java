package nl.schakel.keten.federatie;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /federatie/v1/berichten}: a message from another Schakel instance, on the mTLS connector only; the
 * caller is the {@link Partij} of its client certificate. 200 when the message is taken in or was taken in before
 * (the sender then marks it delivered), 403 problem+json when refused, 400 when the body is not a message.
 */
@RestController
class BerichtenController {

    private final Inbox inbox;

    BerichtenController(Inbox inbox) {
        this.inbox = inbox;
    }

    @PostMapping(
            path = Bezorger.PAD,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> ontvang(@AuthenticationPrincipal Partij van, @RequestBody byte[] body) {
        return Map.of("ontvangst", inbox.ontvang(van, body).name());
    }
}
