package nl.schakel.keten;

import nl.schakel.register.MatchGevonden;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears the VT-register's {@link MatchGevonden} after the registering transaction committed, and hands it to
 * {@link KetenRegister}, which keeps the copy for the told region and tells it. At least once; idempotent on the
 * match id.
 */
@Component
class RegisterMatchOntvangst {

    private final KetenRegister keten;

    RegisterMatchOntvangst(KetenRegister keten) {
        this.keten = keten;
    }

    @ApplicationModuleListener
    void on(MatchGevonden gevonden) {
        keten.matchGevonden(gevonden);
    }
}
