package nl.schakel.keten.federatie;

import java.time.Clock;
import java.util.UUID;
import nl.schakel.keten.KetenRegister;
import nl.schakel.keten.Registratie;
import nl.schakel.keten.persistence.RegisterStore;
import nl.schakel.shared.TenantId;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * REGISTRATIE: region → the party serving the national VT-register (rule 46). The register's instance keeps the copy
 * once and hands it to {@code VtRegister} through {@link KetenRegister#aanRegister}, as the in-process path of {@code KetenRegister} does, with the OIN of the
 * sending party, so the register's access log names it. Matches it finds travel back as MATCH.
 */
@Component
class RegistratieBericht implements BerichtSoort<Registratie> {

    private final RegisterStore store;
    /** Lazy: KetenRegister writes to the outbox, whose deliverer knows every soort, this one too. */
    private final KetenRegister keten;

    private final Clock clock;

    RegistratieBericht(RegisterStore store, @Lazy KetenRegister keten, Clock clock) {
        this.store = store;
        this.keten = keten;
        this.clock = clock;
    }

    @Override
    public String code() {
        return Soort.REGISTRATIE;
    }

    @Override
    public Afzender afzender() {
        return Afzender.REGIO;
    }

    @Override
    public boolean aanRegister() {
        return true;
    }

    @Override
    public Class<Registratie> type() {
        return Registratie.class;
    }

    @Override
    public Registratie inhoud(UUID onderwerp, TenantId aan) {
        return store.registratie(onderwerp).orElseThrow();
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, Registratie r) {
        Verwijzing.gelijk(van, r.regio().id(), "regio");
        Verwijzing.gelijk(van, aan, "regio");
        if (store.insert(r, clock.instant())) {
            try {
                keten.aanRegister(r, afzender.oin());
            } catch (IllegalArgumentException e) {
                throw new BerichtGeweigerd("registratie onvolledig");
            }
        }
        return r.id();
    }
}
