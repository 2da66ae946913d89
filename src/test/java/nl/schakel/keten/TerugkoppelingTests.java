package nl.schakel.keten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.keten.Terugkoppeling.Moment;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The content of a terugkoppeling of Veilig Thuis to a professional melder (rule 41). */
class TerugkoppelingTests {

    private static final UUID MELDING = UUID.randomUUID();
    private static final VeiligThuisRegio NOORD =
            new VeiligThuisRegio(new TenantId(UUID.randomUUID()), "Veilig Thuis Demo-Noord");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Terugkoppeling of(
            @Nullable Moment moment,
            boolean vervolg,
            String besluit,
            List<String> partijen,
            boolean melderHeeftRol,
            @Nullable String voorwaarden) {
        return Terugkoppeling.of(
                MELDING,
                NOORD,
                moment,
                vervolg,
                besluit,
                partijen,
                melderHeeftRol,
                voorwaarden,
                "",
                "Vera Veilig",
                NOW);
    }

    private static Map<String, String> errors(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void rule41_theFeedbackTellsFollowUpAndTheReceivingParties() {
        Terugkoppeling t = of(
                Moment.NA_VEILIGHEIDSBEOORDELING,
                true,
                "  Overdracht na veiligheidsbeoordeling ",
                List.of(" Wijkteam Noord ", "", "Huisarts"),
                false,
                null);

        assertThat(t.moment()).isEqualTo(Moment.NA_VEILIGHEIDSBEOORDELING);
        assertThat(t.vervolg()).isTrue();
        assertThat(t.besluit()).isEqualTo("Overdracht na veiligheidsbeoordeling");
        assertThat(t.ontvangendePartijen()).containsExactly("Wijkteam Noord", "Huisarts");
        assertThat(t.voorwaardenEnAfspraken()).isNull();
        assertThat(t.meldingId()).isEqualTo(MELDING);
        assertThat(t.van()).isEqualTo(NOORD);
    }

    @Test
    void rule41_noFollowUpAndNoPartiesIsAValidFeedbackToo() {
        Terugkoppeling t = of(Moment.NA_ONDERZOEK, false, "Geen vervolg nodig", List.of(), false, "  ");

        assertThat(t.vervolg()).isFalse();
        assertThat(t.ontvangendePartijen()).isEmpty();
        assertThat(t.voorwaardenEnAfspraken()).isNull();
    }

    @Test
    void rule41_conditionsAndAgreementsAreGivenOnlyWhenTheMelderHasARole() {
        assertThat(errors(() -> of(Moment.NA_VEILIGHEIDSBEOORDELING, true, "Voorwaarden", List.of(), false, "Volgen")))
                .containsExactly(Map.entry("voorwaardenEnAfspraken", "terugkoppeling.fout.voorwaardenzonderrol"));
        assertThat(errors(() -> of(Moment.NA_VEILIGHEIDSBEOORDELING, true, "Voorwaarden", List.of(), true, " ")))
                .containsExactly(Map.entry("voorwaardenEnAfspraken", "terugkoppeling.fout.voorwaarden"));

        Terugkoppeling t = of(
                Moment.NA_VEILIGHEIDSBEOORDELING,
                true,
                "Voorwaarden",
                List.of(),
                true,
                " School meldt verzuim wekelijks aan Veilig Thuis. ");
        assertThat(t.voorwaardenEnAfspraken()).isEqualTo("School meldt verzuim wekelijks aan Veilig Thuis.");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(errors(() -> Terugkoppeling.of(
                        MELDING,
                        NOORD,
                        null,
                        false,
                        " ",
                        List.of("x".repeat(Terugkoppeling.MAX_PARTIJ + 1)),
                        true,
                        null,
                        "y".repeat(Terugkoppeling.MAX_TEKST + 1),
                        " ",
                        NOW)))
                .containsOnlyKeys(
                        "moment",
                        "besluit",
                        "ontvangendePartijen",
                        "voorwaardenEnAfspraken",
                        "toelichting",
                        "afzender");
    }

    @Test
    void itsTextRevealsNoContent() {
        Terugkoppeling t = of(Moment.NA_ONDERZOEK, true, "Overdracht", List.of("Wijkteam Noord"), true, "Afspraak");

        assertThat(t.toString())
                .doesNotContain("Overdracht", "Wijkteam", "Afspraak", "Vera")
                .contains(t.id().toString());
        assertThatThrownBy(() -> t.ontvangendePartijen().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
