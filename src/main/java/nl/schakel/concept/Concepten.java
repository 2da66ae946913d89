package nl.schakel.concept;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.schakel.concept.persistence.ConceptStore;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts of one user: at most one per form (its key), only ever read back by the same user, removed when the
 * form is saved and in any case after {@code schakel.concept.bewaartermijn} (default 30 days).
 */
@Service
public class Concepten {

    /** A form's key: a lower-case name, optionally followed by a colon and an id (for example a dossier's). */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,40}(:[0-9a-f-]{36})?(:[0-9a-f-]{36})?");

    /** Names of form fields that are never stored: the CSRF token and the draft key itself. */
    private static final List<String> NOT_STORED = List.of("_csrf", Concept.FIELD);

    static final int MAX_FIELDS = 100;
    static final int MAX_CHARS = 64 * 1024;

    private final ConceptStore store;
    private final Clock clock;
    private final Duration bewaartermijn;

    Concepten(ConceptStore store, Clock clock, @Value("${schakel.concept.bewaartermijn:P30D}") Duration bewaartermijn) {
        this.store = store;
        this.clock = clock;
        this.bewaartermijn = bewaartermijn;
    }

    /**
     * Saves what the user typed in the form with this key, replacing the earlier draft.
     *
     * @param fields the form's fields as sent; the CSRF token and the key are left out
     */
    @Transactional
    public Instant save(UserId user, String key, Map<String, List<String>> fields) {
        checkKey(key);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        int chars = 0;
        for (var field : fields.entrySet()) {
            if (NOT_STORED.contains(field.getKey())) {
                continue;
            }
            kept.put(field.getKey(), List.copyOf(field.getValue()));
            chars += field.getKey().length()
                    + field.getValue().stream().mapToInt(String::length).sum();
        }
        if (kept.size() > MAX_FIELDS || chars > MAX_CHARS) {
            throw new InvalidInputException("", "concept.fout.tegroot");
        }
        Instant now = clock.instant();
        store.put(user, key, kept, now);
        return now;
    }

    /** The user's draft of the form with this key, if there is one and it is not past its term. */
    @Transactional(readOnly = true)
    public Optional<Concept> find(UserId user, String key) {
        checkKey(key);
        return store.find(user, key)
                .filter(c -> c.savedAt().isAfter(clock.instant().minus(bewaartermijn)));
    }

    /** Removes the user's draft of the form with this key (the form was saved). */
    @Transactional
    public void remove(UserId user, String key) {
        if (KEY.matcher(key).matches()) {
            store.remove(user, key);
        }
    }

    /** Removes every draft past its term; returns how many. */
    @Transactional
    public int purge() {
        return store.removeOlderThan(clock.instant().minus(bewaartermijn));
    }

    private static void checkKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("sleutel", "concept.fout.sleutel");
        }
    }
}
