package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The access log's event column shows a label, or the code itself, never a message key. */
class UiTests {

    private static Ui ui() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setAlwaysUseMessageFormat(true);
        messages.addMessage("gebeurtenis.dossier.read", Locale.of("nl"), "Dossier bekeken");
        return new Ui(messages, Locale.of("nl"), null, null, false, new MockHttpServletRequest("GET", "/toegangslog"));
    }

    @Test
    void anEventWithALabelShowsTheLabel() {
        assertThat(ui().event("dossier.read")).isEqualTo("Dossier bekeken");
    }

    @Test
    void anEventWithoutALabelShowsTheCodeNotTheKey() {
        assertThat(ui().event("dossier.nieuw-ding")).isEqualTo("dossier.nieuw-ding");
    }
}
