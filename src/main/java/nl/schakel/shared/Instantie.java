package nl.schakel.shared;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What this instance of Schakel serves ({@code schakel.instantie.rollen}): organisations (the dossier side), Veilig
 * Thuis regions, the national VT-register, or any combination. The default, all three, is the all-in-one mode of the
 * demo; a federated set runs one jar several times with different roles, each instance with its own database.
 */
@Component
public class Instantie {

    /** One thing an instance can serve. */
    public enum Rol {
        /** Organisations: the professionals' meldcode dossiers. */
        ORGANISATIES,
        /** Veilig Thuis regions: advies, meldingen and their follow-up. */
        REGIOS,
        /** The national VT-register. */
        REGISTER
    }

    private final Set<Rol> rollen;

    Instantie(@Value("${schakel.instantie.rollen:ORGANISATIES,REGIOS,REGISTER}") Set<Rol> rollen) {
        if (rollen.isEmpty()) {
            throw new IllegalStateException(
                    "schakel.instantie.rollen is empty: give one or more of ORGANISATIES, REGIOS, REGISTER");
        }
        this.rollen = Set.copyOf(EnumSet.copyOf(rollen));
    }

    /** An instance serving the given roles (all three when none are given). */
    public static Instantie met(Rol... rollen) {
        return new Instantie(rollen.length == 0 ? EnumSet.allOf(Rol.class) : Set.of(rollen));
    }

    public boolean bedient(Rol rol) {
        return rollen.contains(rol);
    }

    /** Whether this instance serves everything in one database (the default and the demo). */
    public boolean allesInEen() {
        return rollen.size() == Rol.values().length;
    }

    public Set<Rol> rollen() {
        return rollen;
    }

    @Override
    public String toString() {
        return "Instantie" + EnumSet.copyOf(rollen);
    }
}
