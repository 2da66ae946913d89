package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The access log's event column shows a label, or the code itself, never a message key; dates and times are written
 * one way on Dutch and English pages.
 */
class UiTests {

    private static Ui ui() {
        return ui(Locale.of("nl"));
    }

    private static Ui ui(Locale locale) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setAlwaysUseMessageFormat(true);
        messages.addMessage("gebeurtenis.dossier.read", Locale.of("nl"), "Dossier bekeken");
        messages.addMessage("vastgesteld", Locale.of("nl"), "Vastgesteld door {0} op {1}.");
        return new Ui(messages, locale, null, null, false, new MockHttpServletRequest("GET", "/toegangslog"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void datesAndTimesAreWrittenTheDutchWayInDutchTimeOnEveryPage(String lang) {
        Ui ui = ui(Locale.of(lang));
        // 13:03 UTC is 14:03 in Amsterdam in winter, 15:03 in summer
        assertThat(ui.dateTime(Instant.parse("2026-12-05T13:03:59Z"))).isEqualTo("5-12-2026 14:03");
        assertThat(ui.dateTime(Instant.parse("2026-07-05T13:03:00Z"))).isEqualTo("5-7-2026 15:03");
        assertThat(ui.dateTime(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("1-1-2027 00:30");
        assertThat(ui.date(LocalDate.of(2026, 3, 9))).isEqualTo("9-3-2026");
        assertThat(LocalDate.of(2026, 3, 9).format(ui.dateFormat())).isEqualTo("9-3-2026");
    }

    @Test
    void anEventWithALabelShowsTheLabel() {
        assertThat(ui().event("dossier.read")).isEqualTo("Dossier bekeken");
    }

    @Test
    void anEventWithoutALabelShowsTheCodeNotTheKey() {
        assertThat(ui().event("dossier.nieuw-ding")).isEqualTo("dossier.nieuw-ding");
    }

    @org.junit.jupiter.api.Test
    void whatUsersTypedStandsInTheTextAsTypedEscapedAndMarked() {
        gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
        ui().getypt("vastgesteld", "College <van> Bestuur", "5-11-2026").writeTo(out);
        assertThat(out.toString())
                .isEqualTo("Vastgesteld door <span class=\"prewrap\">College &lt;van&gt; Bestuur</span> op "
                        + "<span class=\"prewrap\">5-11-2026</span>.");
    }
}
