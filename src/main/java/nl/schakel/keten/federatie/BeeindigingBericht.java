package nl.schakel.keten.federatie;

import java.time.Clock;
import java.util.UUID;
import nl.schakel.keten.Beeindiging;
import nl.schakel.keten.KetenRegister;
import nl.schakel.keten.persistence.RegisterStore;
import nl.schakel.shared.TenantId;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * BEEINDIGING: region → the party serving the national VT-register: the end of the region's involvement with a case.
 * Kept once and handed to {@code VtRegister.beeindig} through {@link KetenRegister#aanRegister} with the sending party's OIN, as the in-process path does.
 */
@Component
class BeeindigingBericht implements BerichtSoort<Beeindiging> {

    private final RegisterStore store;
    /** Lazy: KetenRegister writes to the outbox, whose deliverer knows every soort, this one too. */
    private final KetenRegister keten;

    private final Clock clock;

    BeeindigingBericht(RegisterStore store, @Lazy KetenRegister keten, Clock clock) {
        this.store = store;
        this.keten = keten;
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
            keten.aanRegister(b, afzender.oin());
        }
        return b.id();
    }
}
