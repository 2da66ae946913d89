package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTests {

    /** The fields of a long form, top to bottom: the error summary must list their errors in this order. */
    private static final List<String> FIELDS = List.of(
            "soort",
            "ontvangenOp",
            "beller",
            "anoniem",
            "melderNaam",
            "melderContact",
            "categorie",
            "betrokkenen",
            "betrokkenen[0].bsn",
            "vormen",
            "omschrijving",
            "");

    @Test
    void keepsTheErrorsInTheOrderOfTheFields() {
        Map<String, String> found = new LinkedHashMap<>();
        FIELDS.forEach(field -> found.put(field, "fout." + field));

        InvalidInputException e = new InvalidInputException(found);

        assertThat(e.fieldErrors().keySet()).containsExactlyElementsOf(FIELDS);
    }

    @Test
    void isACopyThatCannotBeChanged() {
        Map<String, String> found = new LinkedHashMap<>(Map.of("naam", "fout.naam"));
        InvalidInputException e = new InvalidInputException(found);
        found.put("bsn", "fout.bsn");

        assertThat(e.fieldErrors()).containsOnlyKeys("naam");
        assertThatThrownBy(() -> e.fieldErrors().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesAMissingFieldOrKey() {
        Map<String, String> noKey = new HashMap<>();
        noKey.put("naam", null);

        assertThatThrownBy(() -> new InvalidInputException(noKey)).isInstanceOf(NullPointerException.class);
    }
}
