package nl.schakel.dossier.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who records steps 2–5 of a dossier: its owner, or (when the owner only signals, rule 24) the aandachtsfunctionarissen
 * of the organisation or one colleague the organisation named for this.
 *
 * @param id the named colleague's user id; present exactly when {@code soort} is {@link Soort#COLLEGA}
 * @param naam the named colleague's name; present exactly when {@code id} is
 */
public record Uitvoerder(
        Soort soort, @Nullable UUID id, @Nullable String naam) {

    public enum Soort {
        EIGENAAR,
        AANDACHTSFUNCTIONARISSEN,
        COLLEGA
    }

    public static final Uitvoerder EIGENAAR = new Uitvoerder(Soort.EIGENAAR, null, null);
    public static final Uitvoerder AANDACHTSFUNCTIONARISSEN =
            new Uitvoerder(Soort.AANDACHTSFUNCTIONARISSEN, null, null);

    public Uitvoerder {
        if ((soort == Soort.COLLEGA) != (id != null) || (id == null) != (naam == null)) {
            throw new IllegalArgumentException("a colleague executor has an id and a name, no other executor has");
        }
    }

    public static Uitvoerder collega(UUID id, String naam) {
        return new Uitvoerder(Soort.COLLEGA, id, naam);
    }

    /** Whether this is the named colleague. */
    public boolean is(UUID user) {
        return user.equals(id);
    }

    @Override
    public String toString() {
        return "Uitvoerder[" + soort + "]";
    }
}
