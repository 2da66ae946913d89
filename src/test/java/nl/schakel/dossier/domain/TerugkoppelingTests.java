package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.dossier.domain.Terugkoppeling.Moment;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The terugkoppeling of Veilig Thuis as the dossier records it on arrival. */
class TerugkoppelingTests {

    private static final Instant SENT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void whatArrivedIsRecordedCleanly() {
        Terugkoppeling t = Terugkoppeling.of(
                UUID.randomUUID(),
                UUID.randomUUID(),
                " Veilig Thuis Demo-Noord ",
                Moment.NA_VEILIGHEIDSBEOORDELING,
                true,
                " Overdracht ",
                List.of(" Wijkteam ", " "),
                "  ",
                " ",
                " Vera Veilig ",
                SENT);

        assertThat(t.regioNaam()).isEqualTo("Veilig Thuis Demo-Noord");
        assertThat(t.besluit()).isEqualTo("Overdracht");
        assertThat(t.ontvangendePartijen()).containsExactly("Wijkteam");
        assertThat(t.voorwaardenEnAfspraken()).isNull();
        assertThat(t.toelichting()).isEmpty();
        assertThat(t.afzender()).isEqualTo("Vera Veilig");
        assertThat(t.kind()).isEqualTo(EntryKind.TERUGKOPPELING);
        assertThat(t.toString()).doesNotContain("Overdracht", "Wijkteam", "Vera", "Noord");
    }

    @Test
    void aTerugkoppelingWithoutRegionMomentDecisionOrSenderIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> Terugkoppeling.of(
                        UUID.randomUUID(), UUID.randomUUID(), " ", null, false, "", List.of(), null, "", "", SENT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("regio", "moment", "besluit", "afzender"));
    }
}
