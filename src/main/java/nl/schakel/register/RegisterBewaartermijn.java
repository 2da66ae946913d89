package nl.schakel.register;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.register.domain.Matchregel;
import nl.schakel.register.persistence.Betrokkenheden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes, once a day on one node (ADR-0009), the involvements that ended longer ago than the retention of the Veilig
 * Thuis file ({@link Matchregel#BEWAARTERMIJN}, 20 years: domain spec §3.9, which notes that the in-force date of the
 * change from 15 to 20 years is uncertain), with the matches they are part of, and logs how many went.
 */
@Component
class RegisterBewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterBewaartermijn.class);

    private final Betrokkenheden betrokkenheden;
    private final AccessLog accessLog;
    private final Clock clock;

    RegisterBewaartermijn(Betrokkenheden betrokkenheden, AccessLog accessLog, Clock clock) {
        this.betrokkenheden = betrokkenheden;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Scheduled(cron = "${schakel.register.bewaartermijn-cron:0 50 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "register-bewaartermijn")
    public void dagelijks() {
        opruimen();
    }

    /** Deletes what is past the retention period and returns how many involvements went. */
    @Transactional
    public int opruimen() {
        Instant grens = Matchregel.bewaarGrens(clock.instant());
        int[] weg = betrokkenheden.verwijderGeeindigdVoor(grens);
        LOG.info(
                "VT-register: {} betrokkenheden beëindigd voor {} en {} matches verwijderd (bewaartermijn {})",
                weg[0],
                grens,
                weg[1],
                Matchregel.BEWAARTERMIJN);
        accessLog.record(AccessEvent.anonymous("register.bewaartermijn", ActionCode.D, Outcome.GESLAAGD)
                .on("vt-register", "bewaartermijn")
                .segment(weg[0] + " betrokkenheden en " + weg[1] + " matches beëindigd voor " + grens)
                .purpose("bewaartermijn " + Matchregel.BEWAARTERMIJN));
        return weg[0];
    }
}
