package nl.schakel.keten.federatie;

import java.time.Clock;
import java.util.UUID;
import nl.schakel.keten.Beeindiging;
import nl.schakel.keten.persistence.RegisterStore;
import nl.schakel.register.Regio;
import nl.schakel.register.VtRegister;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * BEEINDIGING: region → the party serving the national VT-register: the end of the region's involvement with a case.
 * Kept once and handed to {@link VtRegister#beeindig} with the sending party's OIN, as the in-process path does.
 */
@Component
class BeeindigingBericht implements BerichtSoort<Beeindiging> {

    private final RegisterStore store;
    private final VtRegister register;
    private final Clock clock;

    BeeindigingBericht(RegisterStore store, VtRegister register, Clock clock) {
        this.store = store;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String code() {
        return Soort.BEEINDIGING;
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
    public Class<Beeindiging> type() {
        return Beeindiging.class;
    }

    @Override
    public Beeindiging inhoud(UUID onderwerp, TenantId aan) {
        return store.beeindiging(onderwerp).orElseThrow();
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, Beeindiging b) {
        Verwijzing.gelijk(van, b.regio().id(), "regio");
        Verwijzing.gelijk(van, aan, "regio");
        if (store.insert(b, clock.instant())) {
            register.beeindig(new Regio(b.regio().id(), b.regio().naam(), afzender.oin()), b.zaakReferentie(), b.tot());
        }
        return b.id();
    }
}
