package nl.schakel.keten.federatie;

import java.time.Clock;
import java.util.UUID;
import nl.schakel.keten.Registratie;
import nl.schakel.keten.persistence.RegisterStore;
import nl.schakel.register.Pseudoniem;
import nl.schakel.register.Regio;
import nl.schakel.register.VtRegister;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * REGISTRATIE: region → the party serving the national VT-register (rule 46). The register's instance keeps the copy
 * once and hands it to {@link VtRegister}, as the in-process path of {@code KetenRegister} does, with the OIN of the
 * sending party, so the register's access log names it. Matches it finds travel back as MATCH.
 */
@Component
class RegistratieBericht implements BerichtSoort<Registratie> {

    private final RegisterStore store;
    private final VtRegister register;
    private final Clock clock;

    RegistratieBericht(RegisterStore store, VtRegister register, Clock clock) {
        this.store = store;
        this.register = register;
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
                register.registreer(
                        new Regio(r.regio().id(), r.regio().naam(), afzender.oin()),
                        r.zaakReferentie(),
                        r.personen().stream()
                                .map(p -> new Pseudoniem(
                                        p.pseudoniem(),
                                        nl.schakel.register.Soort.valueOf(
                                                p.soort().name()),
                                        p.sleutelversie()))
                                .toList(),
                        r.sinds(),
                        r.contact());
            } catch (IllegalArgumentException e) {
                throw new BerichtGeweigerd("registratie onvolledig");
            }
        }
        return r.id();
    }
}
