package org.candour.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;

/**
 * A store's session as the browser knows it: its id is the browser's, while the store's session has
 * the id's digest ({@link DigestedSessionIds}). Everything else is the store's session's own.
 */
public final class DigestedSession implements Session {

    private final Session stored;
    private final DigestedSessionIds ids;
    private String id;

    DigestedSession(String id, Session stored, DigestedSessionIds ids) {
        this.id = id;
        this.stored = stored;
        this.ids = ids;
    }

    Session stored() {
        return stored;
    }

    /** The browser's id; the store's session has its digest. */
    @Override
    public String getId() {
        return id;
    }

    /**
     * Draws a new id for the browser and has the store change its session's id to the new digest, as
     * Spring Security's session fixation protection asks on signing in.
     */
    @Override
    public String changeSessionId() {
        String changed = ids.newId();
        ids.storing(changed, stored::changeSessionId);
        id = changed;
        return changed;
    }

    @Override
    public <T> @Nullable T getAttribute(String name) {
        return stored.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        stored.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        stored.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        stored.setLastAccessedTime(lastAccessedTime);
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
