package org.candour.sessions;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions of a store, each known to the store only by the digest of the browser's id: the
 * browser's id is looked up, and deleted, by its digest, and the store, which must draw its ids from
 * the same {@link DigestedSessionIds}, is handed the digest of an id drawn here. The session filter
 * sees {@link DigestedSession}s, so the cookie it writes carries the browser's id. A custom
 * {@code HttpSessionIdResolver} alone could hash the cookie on the way in, but on the way out it is
 * handed the stored id, which is the digest.
 */
public final class DigestedSessionRepository implements SessionRepository<DigestedSession> {

    private final SessionRepository<Session> store;
    private final DigestedSessionIds ids;

    /**
     * Over a store whose session type need not be public (Spring Session JDBC's is not); it is handed
     * back only the sessions it made.
     */
    @SuppressWarnings("unchecked")
    public DigestedSessionRepository(SessionRepository<? extends Session> store, DigestedSessionIds ids) {
        this.store = (SessionRepository<Session>) store;
        this.ids = ids;
    }

    @Override
    public DigestedSession createSession() {
        String id = ids.newId();
        return new DigestedSession(id, ids.storing(id, store::createSession), ids);
    }

    @Override
    public void save(DigestedSession session) {
        store.save(session.stored());
    }

    @Override
    public @Nullable DigestedSession findById(String id) {
        Session session = store.findById(DigestedSessionIds.stored(id));
        return session == null ? null : new DigestedSession(id, session, ids);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(DigestedSessionIds.stored(id));
    }
}
