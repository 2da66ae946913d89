package nl.schakel.keten;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.keten.federatie.Partij;
import nl.schakel.keten.federatie.Partijen;
import nl.schakel.keten.federatie.Uitgang;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platformbeheerder's view of the messages to other Schakel instances that have not been delivered yet, and a
 * retry at once. Shows no personal data: the soort, the receiving party, the attempts and the last error (an exception
 * type or HTTP status). Each look and each retry is an access-log row.
 */
@Service
public class KetenBeheer {

    static final String ONDERWEG = "keten.beheer.onderweg";
    static final String OPNIEUW = "keten.beheer.opnieuw";
    static final String OBJECT_TYPE = "uitgaand_bericht";

    private final Uitgang uitgang;
    private final Partijen partijen;
    private final AccessLog accessLog;

    KetenBeheer(Uitgang uitgang, Partijen partijen, AccessLog accessLog) {
        this.uitgang = uitgang;
        this.partijen = partijen;
        this.accessLog = accessLog;
    }

    /**
     * An undelivered message as the platformbeheerder sees it.
     *
     * @param soort the soort's code ({@code MELDING}, {@code STATUS}, ...)
     * @param ontvanger the receiving party's name (its OIN when it is no longer configured)
     * @param laatsteFout an exception type or HTTP status; {@code null} before the first attempt
     */
    public record Onderweg(
            UUID id,
            String soort,
            String ontvanger,
            String ontvangerOin,
            int pogingen,
            @Nullable String laatsteFout,
            Instant volgendePoging,
            Instant gemaaktOp) {}

    /** The messages not delivered yet, oldest first. */
    @Transactional
    public List<Onderweg> onderweg(Actor by) {
        platformbeheerder(by, ONDERWEG, ActionCode.R);
        accessLog.record(AccessEvent.by(by, ONDERWEG, ActionCode.R).on(OBJECT_TYPE, "onderweg"));
        return uitgang.onderweg().stream()
                .map(b -> new Onderweg(
                        b.id(),
                        b.soort(),
                        partijen.vanOin(b.ontvangerOin()).map(Partij::naam).orElse(b.ontvangerOin()),
                        b.ontvangerOin(),
                        b.pogingen(),
                        b.laatsteFout(),
                        b.volgendePoging(),
                        b.gemaaktOp()))
                .toList();
    }

    /**
     * Lets an undelivered message be tried again at once.
     *
     * @throws NotFoundException when there is no undelivered message with this id (delivered meanwhile, or unknown)
     */
    @Transactional
    public void opnieuw(Actor by, UUID id) {
        platformbeheerder(by, OPNIEUW, ActionCode.U);
        if (!uitgang.nuProberen(id)) {
            throw new NotFoundException(OBJECT_TYPE);
        }
        accessLog.record(AccessEvent.by(by, OPNIEUW, ActionCode.U).on(OBJECT_TYPE, id));
    }

    private void platformbeheerder(Actor by, String event, ActionCode action) {
        if (!by.hasRole(Role.PLATFORMBEHEERDER)) {
            accessLog.recordDenial(AccessEvent.by(by, event, action).on(OBJECT_TYPE, "onderweg"));
            throw new AccessDeniedException(event);
        }
    }
}
