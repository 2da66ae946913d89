package nl.schakel.dossier.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The mantelzorgcheck (ouderencheck) of step 1: whether the client cares for, or is cared for by, a dependent adult or
 * older person (65+), who that is (the relation, in free text without a BSN), signs of ontspoorde mantelzorg, and the
 * outcome: no concerns, or concerns that are taken into the next steps.
 */
public record Mantelzorgcheck(
        Zorgrelatie zorgrelatie,
        @Nullable String wie,
        @Nullable String signalen,
        Uitkomst uitkomst) implements EntryPayload {

    public static final int MAX_WIE = 200;
    public static final int MAX_SIGNALEN = 4000;

    /** Whether and how the client is part of informal care for a dependent adult or older person. */
    public enum Zorgrelatie {
        GEEN,
        /** The client cares for a dependent adult or older person. */
        GEEFT_ZORG,
        /** The client is cared for by someone they depend on. */
        ONTVANGT_ZORG
    }

    public enum Uitkomst {
        GEEN_ZORGEN,
        /** Concerns: take them into the next steps of the meldcode. */
        ZORGEN
    }

    /**
     * Whether the mantelzorgcheck fits the client: only an adult. It is about informal care between adults, for a
     * dependent adult or older person (domain spec §1.4, working definition; [S84][S86]); for a child or jongere the
     * kindcheck and the meldcode for children apply, so the check is neither offered nor asked.
     */
    public static boolean pastBij(Betrokkene.Levensfase client) {
        return client == Betrokkene.Levensfase.VOLWASSENE;
    }

    /** Refuses a mantelzorgcheck for a client it does not fit ({@link #pastBij}), on field {@code zorgrelatie}. */
    public static void vereistPassend(Betrokkene.Levensfase client) {
        if (!pastBij(client)) {
            throw new InvalidInputException("zorgrelatie", "mantelzorgcheck.fout.kind");
        }
    }

    /** Checks the typed values and builds the check, or throws with every problem at once. */
    public static Mantelzorgcheck of(
            @Nullable Zorgrelatie zorgrelatie, String wie, String signalen, @Nullable Uitkomst uitkomst) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (zorgrelatie == null) {
            errors.put("zorgrelatie", "mantelzorgcheck.fout.zorgrelatie");
        } else if (zorgrelatie != Zorgrelatie.GEEN) {
            Texts.required(errors, "wie", wie, MAX_WIE, "mantelzorgcheck.fout.wie");
        } else {
            Texts.optional(errors, "wie", wie, MAX_WIE, "mantelzorgcheck.fout.wie");
        }
        Texts.withoutBsn(errors, "wie", wie, "stappen.fout.bsn");
        Texts.optional(errors, "signalen", signalen, MAX_SIGNALEN, "mantelzorgcheck.fout.signalen");
        Texts.withoutBsn(errors, "signalen", signalen, "stappen.fout.bsn");
        if (uitkomst == null) {
            errors.put("uitkomst", "mantelzorgcheck.fout.uitkomst");
        }
        Texts.throwIfAny(errors);
        return new Mantelzorgcheck(
                Objects.requireNonNull(zorgrelatie),
                Texts.orNull(wie),
                Texts.orNull(signalen),
                Objects.requireNonNull(uitkomst));
    }

    @Override
    public String toString() {
        return "Mantelzorgcheck[" + zorgrelatie + ", " + uitkomst + "]";
    }
}
