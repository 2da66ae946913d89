package nl.schakel.keten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import nl.schakel.TestBsn;
import org.junit.jupiter.api.Test;

/** The pseudonyms of the VT-register (ADR-0024): keyed, deterministic, normalised names, no BSN in the output. */
class PseudoniemenTests {

    private static final byte[] SLEUTEL = sleutel(0);
    private static final LocalDate GEBOREN = LocalDate.of(2015, 3, 9);

    private static byte[] sleutel(int start) {
        byte[] sleutel = new byte[32];
        for (int i = 0; i < sleutel.length; i++) {
            sleutel[i] = (byte) (start + i);
        }
        return sleutel;
    }

    @Test
    void knownAnswerVectors_computedApartWithOpenssl() {
        // printf 'bsn:111222333' | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102...1f -binary | base64url
        assertThat(Pseudoniemen.vanBsn(SLEUTEL, "111222333")).isEqualTo("CQ0LHVVuL2Ds8o_sLmnOuOUIif-3HUUEUMOZZFhoAog");
        // printf 'naam:jose de vries|2015-03-09' | openssl ... (the same key)
        assertThat(Pseudoniemen.vanNaamEnGeboortedatum(SLEUTEL, "José  de Vries", GEBOREN))
                .isEqualTo("PDVc8bu1thVbqnBG7fseR6klFrF9sSSU316EGTrJ0Go");
    }

    @Test
    void deterministic_theSameInputGivesTheSamePseudonym() {
        String bsn = TestBsn.generated(new Random(7));
        assertThat(Pseudoniemen.vanBsn(SLEUTEL, bsn)).isEqualTo(Pseudoniemen.vanBsn(sleutel(0), bsn));
        assertThat(Pseudoniemen.vanBsn(SLEUTEL, bsn)).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void differentKeys_giveDifferentPseudonyms() {
        String bsn = TestBsn.generated(new Random(8));
        assertThat(Pseudoniemen.vanBsn(SLEUTEL, bsn)).isNotEqualTo(Pseudoniemen.vanBsn(sleutel(1), bsn));
        assertThat(Pseudoniemen.vanNaamEnGeboortedatum(SLEUTEL, "Sam Demo", GEBOREN))
                .isNotEqualTo(Pseudoniemen.vanNaamEnGeboortedatum(sleutel(1), "Sam Demo", GEBOREN));
    }

    @Test
    void names_areNormalisedBeforeHashing() {
        String verwacht = Pseudoniemen.vanNaamEnGeboortedatum(SLEUTEL, "jose de vries", GEBOREN);
        assertThat(Pseudoniemen.vanNaamEnGeboortedatum(SLEUTEL, "José  de Vries", GEBOREN))
                .isEqualTo(verwacht);
        assertThat(Pseudoniemen.vanNaamEnGeboortedatum(SLEUTEL, " JOSÉ\tde  VRIES. ", GEBOREN))
                .isEqualTo(verwacht);
        assertThat(Pseudoniemen.normaliseer("Jan-Willem d'Ancona")).isEqualTo("janwillem dancona");
        assertThat(Pseudoniemen.normaliseer("Ĳsbrand Çelik")).isEqualTo("ijsbrand celik");
        assertThat(Pseudoniemen.vanNaamEnGeboortedatum(SLEUTEL, "jose de vries", GEBOREN.plusDays(1)))
                .isNotEqualTo(verwacht);
    }

    @Test
    void aBsnNeverAppearsInTheOutput() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            String bsn = TestBsn.generated(random);
            String pseudoniem = Pseudoniemen.vanBsn(SLEUTEL, bsn);
            assertThat(pseudoniem).doesNotContain(bsn);
        }
    }

    @Test
    void bsnAndNameAreDomainSeparated() {
        assertThat(Pseudoniemen.vanBsn(SLEUTEL, "111222333"))
                .isNotEqualTo(Pseudoniemen.vanNaamEnGeboortedatum(SLEUTEL, "111222333", GEBOREN));
    }

    @Test
    void refuses_aShortKeyAnInvalidBsnAndAnEmptyName() {
        assertThatThrownBy(() -> Pseudoniemen.vanBsn(new byte[16], "111222333"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pseudoniemen.vanBsn(SLEUTEL, "12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pseudoniemen.vanNaamEnGeboortedatum(SLEUTEL, " - ", GEBOREN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
