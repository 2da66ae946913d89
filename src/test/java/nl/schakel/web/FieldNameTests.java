package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which parameter names reach Spring's data binder (TextInputFilter, ADR-0041). */
class FieldNameTests {

    @ParameterizedTest
    @ValueSource(strings = {"naam", "vormen", "_csrf", "betrokkenen[0].naam", "betrokkenen[49].geboortedatum", "rijen"})
    void theNamesThePagesSendPass(String name) {
        assertThat(TextInputFilter.isFieldName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vormen[2dene./",
                "vormen[2",
                "vormen]",
                "betrokkenen[a].naam",
                "betrokkenen[99999999].naam",
                "[0]"
            })
    void aBrokenOrHugeIndexIsRefused(String name) {
        assertThat(TextInputFilter.isFieldName(name)).isFalse();
    }
}
