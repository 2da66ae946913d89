package nl.schakel.organisation;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One item of the implementation checklist (seed deck, "Implementatie verbeterde meldcode" and "Minimumeisen t.b.v.
 * de implementatie van de verbeterde meldcode"; domain spec §5): the seven things an organisation must do to implement
 * the meldcode, and the six minimum requirements of its meldprotocol. A minimum requirement is checked automatically:
 * the meldprotocol's configuration proves it or not ({@link Meldprotocollen#minimumeisen}).
 */
public enum Invoeringspunt {
    IMPLEMENTATIEPLAN("implementatieplan", null),
    PROCEDURES("procedures", null),
    BORGING("borging", null),
    DESKUNDIGHEIDSBEVORDERING("deskundigheidsbevordering", null),
    GEGEVENSUITWISSELING("gegevensuitwisseling", null),
    COMMUNICATIE("communicatie", null),
    UITVOERING("uitvoering", null),
    STAPPENPLAN("stappenplan", Minimumeis.STAPPENPLAN),
    AFWEGINGSKADERS("afwegingskaders", Minimumeis.AFWEGINGSKADERS),
    ROLLEN("rollen", Minimumeis.ROLLEN),
    SPECIFIEKE_VORMEN("specifieke-vormen", Minimumeis.SPECIFIEKE_VORMEN),
    VERWIJSINDEX("verwijsindex", Minimumeis.VERWIJSINDEX),
    KIND_EN_MANTELZORGCHECK("kind-en-mantelzorgcheck", Minimumeis.KIND_EN_MANTELZORGCHECK);

    private final String code;
    private final @Nullable Minimumeis eis;

    Invoeringspunt(String code, @Nullable Minimumeis eis) {
        this.code = code;
        this.eis = eis;
    }

    /** The item's slug, as in the page's address ({@code /beheer/invoering/borging}). */
    public String code() {
        return code;
    }

    /** The minimum requirement this item is, checked automatically; empty for the seven implementation items. */
    public Optional<Minimumeis> eis() {
        return Optional.ofNullable(eis);
    }

    public boolean automatisch() {
        return eis != null;
    }

    public static Optional<Invoeringspunt> van(@Nullable String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    public static Invoeringspunt van(Minimumeis eis) {
        return Arrays.stream(values())
                .filter(p -> p.eis == eis)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item for " + eis));
    }
}
