package nl.schakel.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search in the access log. All criteria are optional; the period is inclusive and in Dutch local dates.
 *
 * @param objectId a client's or object's id
 * @param username the user whose actions are sought
 */
public record AccessLogQuery(
        @Nullable String objectId,
        @Nullable String username,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final int MAX_ROWS = 500;

    public boolean hasPeriodBackwards() {
        return from != null && to != null && to.isBefore(from);
    }
}
