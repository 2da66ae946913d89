package nl.schakel.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.identity.MemberView;
import nl.schakel.organisation.persistence.ScholingStore;
import nl.schakel.organisation.persistence.ScholingStore.Email;
import nl.schakel.organisation.persistence.TenantStore;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the training reminders (ADR-0033): once a day, Dutch time, on one node only (ShedLock, like the other jobs,
 * ADR-0009), for every member of an organisation whose training expires within {@link Scholingsregel#DAGEN_VOORAF}
 * days, an e-mail when e-mail is on and the member has an address. Each reminder is recorded per member and expiry
 * date with what became of its e-mail, so that no e-mail goes twice; one that could not go (off, no address, failed)
 * goes on a later day once it can. Each recorded reminder writes its access-log row in the same transaction.
 */
@Component
class ScholingHerinnering {

    static final String EVENT = "organisation.scholing.herinnering";
    private static final Logger log = LoggerFactory.getLogger(ScholingHerinnering.class);

    private final Scholingsregister register;
    private final ScholingStore store;
    private final TenantStore tenants;
    private final ScholingMail mail;
    private final AccessLog accessLog;

    ScholingHerinnering(
            Scholingsregister register,
            ScholingStore store,
            TenantStore tenants,
            ScholingMail mail,
            AccessLog accessLog) {
        this.register = register;
        this.store = store;
        this.tenants = tenants;
        this.mail = mail;
        this.accessLog = accessLog;
    }

    @Scheduled(cron = "${schakel.scholing.herinnering-cron:0 20 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(
            name = "organisation-scholing-herinnering",
            lockAtLeastFor = "${schakel.scholing.herinnering-lock-at-least:PT30S}")
    @Transactional
    public void run() {
        int sent = 0;
        for (Tenant tenant : tenants.all()) {
            if (tenant.kind() == TenantKind.ORGANISATIE) {
                sent += remind(tenant.id());
            }
        }
        if (sent > 0) {
            log.info("Training reminders: {} e-mail(s) sent", sent);
        }
    }

    private int remind(TenantId tenant) {
        List<Scholing> all = store.all(tenant);
        Map<Role, Integer> intervals = store.intervals(tenant);
        Map<UserId, String> emails = store.emails(tenant);
        int sent = 0;
        for (MemberView member : register.actief(tenant)) {
            List<Scholing> own =
                    all.stream().filter(s -> s.lid().equals(member.userId())).toList();
            ScholingStatus status = register.status(tenant, member, own, intervals);
            LocalDate geldigTot = status.geldigTot();
            if (geldigTot == null) {
                continue;
            }
            Optional<Email> earlier = store.herinnering(tenant, member.userId(), geldigTot);
            String address = emails.get(member.userId());
            boolean canMail = mail.aan() && address != null;
            if (Scholingsregel.herinneringNodig(
                    status, earlier.isPresent(), earlier.orElse(null) == Email.VERZONDEN, canMail)) {
                Email outcome =
                        !mail.aan() ? Email.UIT : address == null ? Email.GEEN_ADRES : send(address, member, geldigTot);
                store.legHerinneringVast(tenant, member.userId(), geldigTot, outcome, register.now());
                accessLog.record(AccessEvent.anonymous(EVENT, ActionCode.C, Outcome.GESLAAGD)
                        .on("account", member.userId())
                        .segment(outcome.name())
                        .tenant(tenant));
                sent += outcome == Email.VERZONDEN ? 1 : 0;
            }
        }
        return sent;
    }

    private Email send(String address, MemberView member, LocalDate geldigTot) {
        try {
            mail.verstuur(address, member.displayName(), geldigTot);
            return Email.VERZONDEN;
        } catch (MailException e) {
            // no address or name in the log: the member's id is in the access log
            log.warn(
                    "A training reminder could not be sent ({}); it is tried again tomorrow",
                    e.getClass().getSimpleName());
            return Email.MISLUKT;
        }
    }
}
