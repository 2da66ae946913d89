package nl.schakel.veiligthuis;

import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.schakel.veiligthuis.persistence.ZaakRegisterStore;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's part of a rotation of the VT-register key (ADR-0024): once the new key and its higher version
 * ({@code schakel.vt-register.sleutelversie}) are configured, every open case registered only under an older version
 * is registered again under the current one, with the same case reference and start, so that the register matches it
 * against the other regions' new registrations. The old version's registrations are ended by the register after the
 * switch date. Runs hourly on one node at a time (ShedLock), a batch per run; a case already registered under the
 * current version is never registered twice.
 */
@Component
class SleutelRotatie {

    private static final Logger log = LoggerFactory.getLogger(SleutelRotatie.class);
    static final int BATCH = 500;

    private final ZaakRegisterStore registers;
    private final ZaakStore store;
    private final VtRegisterAanmelding aanmelding;
    private final RegisterSleutel sleutel;

    SleutelRotatie(
            ZaakRegisterStore registers, ZaakStore store, VtRegisterAanmelding aanmelding, RegisterSleutel sleutel) {
        this.registers = registers;
        this.store = store;
        this.aanmelding = aanmelding;
        this.sleutel = sleutel;
    }

    /** Registers a batch of open cases again under the current key version. */
    @Scheduled(cron = "${schakel.vt-register.herregistratie-cron:0 40 * * * *}")
    @SchedulerLock(name = "veiligthuis-vt-register-herregistratie")
    @Transactional
    public void herregistreer() {
        List<UUID> zaken = registers.teHerregistreren(sleutel.versie(), BATCH);
        int n = 0;
        for (UUID id : zaken) {
            Zaak zaak = store.ownerOf(id).flatMap(t -> store.find(t, id)).orElse(null);
            if (zaak == null || nl.schakel.veiligthuis.domain.Dienstverloop.eindtoestand(zaak.status())) {
                continue;
            }
            aanmelding.aanmelden(zaak.tenantId(), id, store.betrokkenen(id), zaak.ontvangenOp());
            n++;
        }
        if (n > 0) {
            log.info("Registered {} open cases again in the VT-register under key version {}", n, sleutel.versie());
        }
    }
}
