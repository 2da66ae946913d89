package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The professional's answer to an overdracht: a choice, and a reason when they decline (rule 38). */
class OverdrachtAntwoordTests {

    @Test
    void aDeclineNeedsAReasonAndAnAcceptanceKeepsNone() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> OverdrachtAntwoord.of(id, null, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("aanvaard"));
        assertThatThrownBy(() -> OverdrachtAntwoord.of(id, false, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reden", "overdracht.fout.reden"));
        assertThat(OverdrachtAntwoord.of(id, false, " Geen tijd in de klas. ").reden())
                .isEqualTo("Geen tijd in de klas.");
        OverdrachtAntwoord ja = OverdrachtAntwoord.of(id, true, "");
        assertThat(ja.aanvaard()).isTrue();
        assertThat(ja.reden()).isNull();
        assertThat(ja.kind()).isEqualTo(EntryKind.OVERDRACHT_ANTWOORD);
    }
}
