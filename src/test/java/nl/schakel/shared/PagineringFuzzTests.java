package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the pagination parameters {@code ?pagina=} and {@code ?aantal=} (ADR-0041): any text is a page within the
 * bounds or an {@link InvalidInputException} for that parameter (a 400 with a Dutch message), never another
 * exception; a page's offset is never negative and its limit never above one more than the largest page.
 */
class PagineringFuzzTests {

    @FuzzTest
    void anyTextIsAPageWithinTheBoundsOrAnInvalidInput(FuzzedDataProvider data) {
        @Nullable String pagina = data.consumeBoolean() ? null : data.consumeString(12);
        @Nullable String aantal = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        Paginering page;
        try {
            page = Paginering.van(pagina, aantal);
        } catch (InvalidInputException e) {
            assertThat(e.fieldErrors())
                    .hasSize(1)
                    .containsAnyOf(
                            java.util.Map.entry("pagina", "paginering.fout.pagina"),
                            java.util.Map.entry("aantal", "paginering.fout.aantal"));
            return;
        }
        assertThat(page.nummer()).isBetween(1, Paginering.MAX_PAGINA);
        assertThat(page.grootte()).isBetween(1, Paginering.MAX_GROOTTE);
        assertThat(page.offset()).isNotNegative();
        assertThat(page.limit()).isLessThanOrEqualTo(Paginering.MAX_GROOTTE + 1);
        if (pagina != null && !pagina.isEmpty()) {
            assertThat(pagina).matches("[0-9]+");
        }
        if (aantal != null && !aantal.isEmpty()) {
            assertThat(aantal).matches("[0-9]+");
        }
    }
}
