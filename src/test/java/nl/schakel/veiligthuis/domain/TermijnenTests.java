package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.junit.jupiter.api.Test;

/** The Veilig Thuis terms and queue order (domain spec §3.4, rules 33 and 34). */
class TermijnenTests {

    private final Termijnen termijnen = new Termijnen(Werkdagkalender.standaard());

    @Test
    void rule33_theVbDeadlineIsTheFifthWorkingDayAfterTheDayOfReceipt() {
        // an ordinary week: received Monday, the deadline is the next Monday
        assertThat(termijnen.veiligheidsbeoordelingUiterlijk(LocalDate.of(2026, 11, 23)))
                .isEqualTo(LocalDate.of(2026, 11, 30));
        // received on a Sunday: the five working days are Monday to Friday
        assertThat(termijnen.veiligheidsbeoordelingUiterlijk(LocalDate.of(2026, 11, 29)))
                .isEqualTo(LocalDate.of(2026, 12, 4));
        // Hemelvaartsdag and the Friday after it do not count
        assertThat(termijnen.veiligheidsbeoordelingUiterlijk(LocalDate.of(2026, 5, 12)))
                .isEqualTo(LocalDate.of(2026, 5, 21));
    }

    private record Melding(String naam, boolean acuut, LocalDate uiterlijk) implements Termijnen.InWachtrij {}

    @Test
    void rule34_acuteMeldingenComeFirstThenTheEarliestDeadline() {
        Melding laat = new Melding("laat", false, LocalDate.of(2026, 12, 4));
        Melding vroeg = new Melding("vroeg", false, LocalDate.of(2026, 11, 30));
        Melding acuutLaat = new Melding("acuut laat", true, LocalDate.of(2026, 12, 7));
        Melding acuutVroeg = new Melding("acuut vroeg", true, LocalDate.of(2026, 12, 1));
        List<Melding> wachtrij = new ArrayList<>(List.of(laat, acuutLaat, vroeg, acuutVroeg));

        wachtrij.sort(Termijnen.WACHTRIJ);

        assertThat(wachtrij).extracting(Melding::naam).containsExactly("acuut vroeg", "acuut laat", "vroeg", "laat");
    }
}
