package nl.schakel.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search in the access log, newest first.
 *
 * @param older where the next, older page starts ({@link AccessLogQuery#before()}); {@code null} on the last page
 */
public record AccessLogPage(
        List<AccessLogEntry> rows, @Nullable Long older) {}
