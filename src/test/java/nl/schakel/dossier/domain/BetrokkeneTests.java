package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.schakel.dossier.domain.Betrokkene.Levensfase;
import org.junit.jupiter.api.Test;

class BetrokkeneTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aBetrokkeneIsAChildUntil12AJongereUntil18AndThenAnAdult() {
        assertThat(Betrokkene.levensfase(LocalDate.of(2018, 3, 4), TODAY)).isEqualTo(Levensfase.KIND);
        assertThat(Betrokkene.levensfase(LocalDate.of(2014, 12, 6), TODAY)).isEqualTo(Levensfase.KIND);
        assertThat(Betrokkene.levensfase(LocalDate.of(2014, 12, 5), TODAY)).isEqualTo(Levensfase.JONGERE);
        assertThat(Betrokkene.levensfase(LocalDate.of(2008, 12, 6), TODAY)).isEqualTo(Levensfase.JONGERE);
        assertThat(Betrokkene.levensfase(LocalDate.of(2008, 12, 5), TODAY)).isEqualTo(Levensfase.VOLWASSENE);
        assertThat(Levensfase.KIND.minderjarig()).isTrue();
        assertThat(Levensfase.JONGERE.minderjarig()).isTrue();
        assertThat(Levensfase.VOLWASSENE.minderjarig()).isFalse();
    }
}
