package nl.schakel.keten.federatie;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;

/**
 * The receiving side of the federation. A message is taken in only when the sending party serves its {@code van}
 * tenant (as an organisation or a region, after the soort), its {@code aan} tenant is served here and the soort finds
 * that it refers correctly; then, in ONE transaction, its id is recorded in {@code keten.ontvangen_bericht}, the copy
 * is stored in this instance's keten tables, the same local event as in all-in-one mode is published and the access-log
 * row of the receipt is written. A message received before changes nothing and is answered as received. A refusal is
 * an access-log row that survives the rollback.
 */
@Service
public class Inbox {

    static final String EVENT = "keten.bericht.ontvangen";

    /** What became of a message. */
    public enum Ontvangst {
        /** Taken in now. */
        NIEUW,
        /** Received before: nothing changed. */
        HERHAALD
    }

    private final BerichtStore store;
    private final Routering routering;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Map<String, BerichtSoort<?>> soorten;

    Inbox(BerichtStore store, Routering routering, AccessLog accessLog, Clock clock, List<BerichtSoort<?>> soorten) {
        this.store = store;
        this.routering = routering;
        this.accessLog = accessLog;
        this.clock = clock;
        this.soorten = soorten.stream().collect(Collectors.toMap(BerichtSoort::code, Function.identity()));
    }

    /**
     * Takes a message in from a party authenticated by its certificate.
     *
     * @throws InvalidInputException when the body is not a message
     * @throws AccessDeniedException when the party may not send it, or it does not refer correctly (logged)
     */
    @Transactional
    public Ontvangst ontvang(Partij afzender, byte[] json) {
        Envelop e = lees(json);
        BerichtSoort<?> soort = soorten.get(e.soort());
        if (soort == null) {
            throw new InvalidInputException("soort", "federatie.fout.soort");
        }
        try {
            return ontvang(afzender, e, soort);
        } catch (BerichtGeweigerd geweigerd) {
            accessLog.recordDenial(AccessEvent.anonymous(EVENT, ActionCode.C, Outcome.GEWEIGERD)
                    .tenant(routering.hier(new TenantId(e.aan())) ? new TenantId(e.aan()) : null)
                    .on(e.soort(), e.id())
                    .purpose("van OIN " + afzender.oin() + ": " + geweigerd.reden()));
            throw new AccessDeniedException(EVENT);
        }
    }

    private <T> Ontvangst ontvang(Partij afzender, Envelop e, BerichtSoort<T> soort) {
        TenantId van = new TenantId(e.van());
        TenantId aan = new TenantId(e.aan());
        if (!soort.afzender().bedient(afzender, van)) {
            throw new BerichtGeweigerd("afzender bedient van niet");
        }
        if (soort.aanRegister() ? !routering.dientRegister() : !routering.hier(aan)) {
            throw new BerichtGeweigerd("aan wordt hier niet bediend");
        }
        if (!store.ontvangen(e, afzender.oin(), clock.instant())) {
            return Ontvangst.HERHAALD;
        }
        T inhoud;
        try {
            inhoud = BerichtJson.JSON.treeToValue(e.inhoud(), soort.type());
        } catch (JacksonException | IllegalArgumentException | NullPointerException x) {
            throw new BerichtGeweigerd("inhoud onleesbaar");
        }
        UUID onderwerp = soort.ontvang(afzender, van, aan, inhoud);
        accessLog.record(AccessEvent.anonymous(EVENT, ActionCode.C, Outcome.GESLAAGD)
                .tenant(aan)
                .on(e.soort(), onderwerp)
                .purpose("bericht " + e.id() + " van OIN " + afzender.oin()));
        return Ontvangst.NIEUW;
    }

    private static Envelop lees(byte[] json) {
        try {
            Envelop e = BerichtJson.JSON.readValue(json, Envelop.class);
            if (e == null
                    || e.id() == null
                    || e.soort() == null
                    || e.van() == null
                    || e.aan() == null
                    || e.inhoud() == null
                    || !e.inhoud().isObject()) {
                throw new InvalidInputException("", "federatie.fout.bericht");
            }
            return e;
        } catch (JacksonException x) {
            throw new InvalidInputException("", "federatie.fout.bericht");
        }
    }
}
