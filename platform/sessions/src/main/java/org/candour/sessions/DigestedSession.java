package org.candour.sessions;

import org.springframework.session.Session;

/**
 * A store's session as the browser knows it: its id is the browser's, while the store's session has
 * the id's digest ({@link DigestedSessionIds}). Everything else is the store's session's own.
 */
public final class DigestedSession extends ForwardingSession<Session> {

    private final DigestedSessionIds ids;
    private String id;

    DigestedSession(String id, Session stored, DigestedSessionIds ids) {
        super(stored);
        this.id = id;
        this.ids = ids;
    }

    Session stored() {
        return delegate();
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
        ids.storing(changed, delegate()::changeSessionId);
        id = changed;
        return changed;
    }
}
