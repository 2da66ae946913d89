package nl.schakel.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store without a write for a request that changed nothing but the time of last access (ADR-0035).
 * Spring Session writes {@code spring_session.last_access_time} on every request, in a transaction of its own: one
 * transaction and one dead row per page view. Here a session that nobody changed (no attribute set or removed, no new
 * id, no new time-out) is saved only when its stored time of last access is {@link #TOUCH_INTERVAL} or more old;
 * otherwise the save is skipped. A session is therefore ended by inactivity between 15 minutes minus
 * {@link #TOUCH_INTERVAL} and 15 minutes after the last request: never later than without this. Every change (login,
 * second factor, CSRF token, a new id) is saved at once as before, and logout of all sessions deletes the rows as
 * before.
 */
final class LazyTouchSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<LazyTouchSessionRepository.Touched<S>> {

    /** How old the stored time of last access may be before a request that changed nothing writes it again. */
    static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

    private final FindByIndexNameSessionRepository<S> store;

    LazyTouchSessionRepository(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public Touched<S> createSession() {
        return new Touched<>(store.createSession(), true);
    }

    @Override
    public void save(Touched<S> session) {
        if (session.mustBeSaved()) {
            store.save(session.session);
            session.saved();
        }
    }

    @Override
    public @Nullable Touched<S> findById(String id) {
        S session = store.findById(id);
        return session == null ? null : new Touched<>(session, false);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched<S>> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Touched<>(session, false)));
        return found;
    }

    /** A session that remembers whether anything but the time of last access changed since it was loaded. */
    static final class Touched<S extends Session> implements Session {

        private final S session;
        private boolean changed;
        private Instant storedLastAccess;

        Touched(S session, boolean changed) {
            this.session = session;
            this.changed = changed;
            this.storedLastAccess = session.getLastAccessedTime();
        }

        boolean mustBeSaved() {
            return changed
                    || Duration.between(storedLastAccess, session.getLastAccessedTime())
                                    .compareTo(TOUCH_INTERVAL)
                            >= 0;
        }

        void saved() {
            changed = false;
            storedLastAccess = session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, @Nullable Object value) {
            changed = true;
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(session.getMaxInactiveInterval())) {
                changed = true;
            }
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
