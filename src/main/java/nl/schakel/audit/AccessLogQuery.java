package nl.schakel.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search in the access log. All criteria are optional; the period is inclusive and in Dutch local dates.
 *
 * @param objectId a client's or object's id
 * @param username the user whose actions are sought
 * @param before only rows older than the row with this sequence number, in the order of the pages (newest first):
 *     the next page ({@link AccessLogPage#older()})
 */
public record AccessLogQuery(
        @Nullable String objectId,
        @Nullable String username,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long before) {

    /** Rows per page, newest first. */
    public static final int PAGE_SIZE = 100;

    /** The first page. */
    public AccessLogQuery(
            @Nullable String objectId, @Nullable String username, @Nullable LocalDate from, @Nullable LocalDate to) {
        this(objectId, username, from, to, null);
    }

    public boolean hasPeriodBackwards() {
        return from != null && to != null && to.isBefore(from);
    }
}
