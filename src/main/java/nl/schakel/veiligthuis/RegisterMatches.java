package nl.schakel.veiligthuis;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.keten.KetenRegister;
import nl.schakel.keten.RegisterMatch;
import nl.schakel.keten.RegisterMatchOntvangen;
import nl.schakel.shared.Actor;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.RegisterMatchGemeld;
import nl.schakel.veiligthuis.persistence.ZaakRegisterStore;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matches the national VT-register tells this region of (domain spec §3.8, rule 46): on arrival, once per match
 * however often it is delivered, a journal entry on the case naming the person, the other region, since when, active
 * or ended, its contact, and whether it is certain (BSN) or possible (name and date of birth, to be checked); the
 * verrijking source VT-register filled again with all matches of the case; and a task on the home page of the case's
 * workers until one of them marks it seen.
 */
@Service
public class RegisterMatches {

    private static final Logger log = LoggerFactory.getLogger(RegisterMatches.class);
    static final String GEZIEN = "veiligthuis.register.match.gezien";

    private final KetenRegister register;
    private final ZaakRegisterStore registers;
    private final ZaakStore store;
    private final ZaakAccess access;
    private final VtRegisterAanmelding aanmelding;
    private final AccessLog accessLog;
    private final Clock clock;

    RegisterMatches(
            KetenRegister register,
            ZaakRegisterStore registers,
            ZaakStore store,
            ZaakAccess access,
            VtRegisterAanmelding aanmelding,
            AccessLog accessLog,
            Clock clock) {
        this.register = register;
        this.registers = registers;
        this.store = store;
        this.access = access;
        this.aanmelding = aanmelding;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RegisterMatchOntvangen ontvangen) {
        ontvang(ontvangen.regio(), ontvangen.matchId());
    }

    /** Records a match told to the region on its case, once. */
    @Transactional
    public void ontvang(TenantId regio, UUID matchId) {
        RegisterMatch match = register.match(regio, matchId)
                .orElseThrow(() -> new IllegalStateException("match " + matchId + " not found for its region"));
        Zaak zaak = store.find(regio, match.zaakReferentie()).orElse(null);
        if (zaak == null) {
            // a case this region no longer has (destroyed at the end of its retention): nothing to tell anyone
            log.warn("Match {} is about a case region {} does not have", matchId, regio);
            return;
        }
        if (!registers.insertMatch(matchId, zaak.id(), regio, clock.instant())) {
            return;
        }
        UUID betrokkene = registers.betrokkene(zaak.id(), match.pseudoniem()).orElse(null);
        String naam = betrokkene == null
                ? ""
                : store.betrokkenen(zaak.id()).stream()
                        .filter(b -> b.id().equals(betrokkene))
                        .map(Directbetrokkene::naam)
                        .findFirst()
                        .orElse("");
        RegisterMatchGemeld gemeld = new RegisterMatchGemeld(
                matchId,
                betrokkene,
                naam,
                match.andereRegioNaam(),
                match.mogelijk(),
                match.sinds(),
                match.tot(),
                match.contact());
        store.insertEntry(JournalEntry.of(
                zaak.id(),
                clock.instant(),
                new UserId(regio.value()),
                VtRegisterAanmelding.AUTEUR,
                null,
                null,
                gemeld));
        List<RegisterMatchGemeld> alle = store.entries(zaak.id()).stream()
                .flatMap(e -> e.payload(RegisterMatchGemeld.class).stream())
                .toList();
        aanmelding.verrijk(regio, zaak.id(), alle);
        accessLog.record(AccessEvent.anonymous("veiligthuis.register.match", ActionCode.C, Outcome.GESLAAGD)
                .tenant(regio)
                .on(ZaakAccess.OBJECT_TYPE, zaak.id())
                .segment("vt-register"));
    }

    /**
     * The worker's unseen matches (the home page's tasks): on the cases they work on, and on the cases no VT worker
     * wrote in yet. The caller logs the read of the page.
     */
    List<ZaakRegisterStore.OpenMatch> open(Actor by) {
        TenantId tenant = by.tenantId();
        if (tenant == null || ZaakAccess.MELDER_ROLLEN.stream().noneMatch(by::hasRole)) {
            return List.of();
        }
        return registers.openMatches(tenant, by.userId());
    }

    /**
     * Marks a match of the worker's region seen: it leaves the home page's tasks (it stays on the case). For a
     * VT-medewerker or gedragswetenschapper of the region; anyone else, and a match of another region, is refused and
     * logged.
     *
     * @return the case the match is on
     */
    @Transactional
    public UUID gezien(Actor by, UUID matchId) {
        TenantId regio = access.regio(by, GEZIEN);
        UUID zaak = registers.zaakVanMatch(regio, matchId).orElse(null);
        if (zaak == null) {
            accessLog.recordDenial(AccessEvent.by(by, GEZIEN, ActionCode.U).segment("vt-register"));
            throw new NotFoundException(ZaakAccess.OBJECT_TYPE);
        }
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, GEZIEN, zaak);
        registers.markeerGezien(regio, matchId, by.userId(), clock.instant());
        access.log(by, GEZIEN, ActionCode.U, zaak, "vt-register");
        return zaak;
    }
}
