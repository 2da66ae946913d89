package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Fuzzes how a submitted form's strings become values (ADR-0041), dates above all, since every date a person types
 * goes through {@link FormValues#date}: nothing throws; a date is a real yyyy-mm-dd from 1900 to 9999 and exactly the
 * one typed (a wider ISO date such as {@code +999999999-12-31} was a 500 further on); a number is the one typed; a
 * choice is one of the enum's names.
 */
class FormValuesFuzzTests {

    @FuzzTest
    void aFormValueIsWhatWasTypedOrEmpty(FuzzedDataProvider data) {
        String text = data.consumeString(40);
        String rest = data.consumeRemainingAsString();

        LocalDate date = FormValues.date(text);
        if (date != null) {
            assertThat(date).isBetween(FormValues.EERSTE_DATUM, FormValues.LAATSTE_DATUM);
            assertThat(date).isEqualTo(LocalDate.parse(text.strip()));
            assertThat(date.plusDays(400).minusDays(800)).isNotNull();
            assertThat(java.sql.Date.valueOf(date).toLocalDate()).isEqualTo(date);
        }
        Integer number = FormValues.number(text);
        if (number != null) {
            assertThat(Integer.valueOf(text.strip())).isEqualTo(number);
        }
        Relatie relatie = FormValues.option(Relatie.class, rest);
        if (relatie != null) {
            assertThat(relatie.name()).isEqualTo(rest);
        }
        assertThat(FormValues.options(Relatie.class, java.util.List.of(text, rest)))
                .allSatisfy(r -> assertThat(java.util.List.of(text, rest)).contains(r.name()));
        Boolean yesNo = FormValues.yesNo(text);
        if (yesNo != null) {
            assertThat(FormValues.yesNoText(yesNo)).isEqualTo(text);
        }
        assertThat(FormValues.text(text)).isEqualTo(text);
    }
}
