package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;

/** The code list "vormen van geweld": chosen codes map to their national categories; others are refused. */
class CodelijstTests {

    private static final List<VormCode> LIJST = List.of(
            new VormCode(
                    "partnergeweld",
                    "Partnergeweld",
                    "Intimate partner violence",
                    VormVanGeweld.PARTNERGEWELD,
                    true,
                    10),
            new VormCode("stalking", "Stalking", "Stalking", VormVanGeweld.PARTNERGEWELD, true, 20),
            new VormCode("verwaarlozing", "Verwaarlozing", "Neglect", VormVanGeweld.VERWAARLOZING, true, 30),
            new VormCode("oud", "Oude vorm", "Old form", VormVanGeweld.ANDERS, false, 40));

    @Test
    void chosenCodesMapToTheirNationalCategories() {
        assertThat(Codelijst.categorieen(LIJST, Set.of("stalking", "partnergeweld", "verwaarlozing")))
                .containsExactlyInAnyOrder(VormVanGeweld.PARTNERGEWELD, VormVanGeweld.VERWAARLOZING);
        assertThat(Codelijst.categorieen(LIJST, Set.of())).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefusedOnTheFieldVormen() {
        assertThatThrownBy(() -> Codelijst.categorieen(LIJST, Set.of("stalking", "bestaat-niet")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("vormen", "codelijst.fout.onbekend")));
    }

    @Test
    void anInactiveCodeIsRefusedOnTheFieldVormen() {
        assertThatThrownBy(() -> Codelijst.categorieen(LIJST, Set.of("oud")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("vormen", "codelijst.fout.onbekend")));
    }

    @Test
    void aCodeIsALowerCaseSlug() {
        assertThat(Codelijst.isSlug("digitaal-geweld")).isTrue();
        assertThat(Codelijst.isSlug("loverboy2")).isTrue();
        assertThat(Codelijst.isSlug("Digitaal")).isFalse();
        assertThat(Codelijst.isSlug("dubbel--streepje")).isFalse();
        assertThat(Codelijst.isSlug("-begin")).isFalse();
        assertThat(Codelijst.isSlug("met spatie")).isFalse();
        assertThat(Codelijst.isSlug("")).isFalse();
        assertThat(Codelijst.isSlug("a".repeat(61))).isFalse();
    }

    @Test
    void theCodeOfANationalCategoryIsItsNameLowerCasedWithDashes() {
        assertThat(Codelijst.code(VormVanGeweld.GETUIGE_HUISELIJK_GEWELD)).isEqualTo("getuige-huiselijk-geweld");
    }
}
