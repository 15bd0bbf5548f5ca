package org.candour.intake.session;

import org.candour.intake.identity.IdentityVault;
import org.jspecify.annotations.Nullable;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions of a store, with every attribute sealed on its way in and opened on its way out
 * ({@link SealedSession}), and each known to the store only by the digest of the browser's id
 * ({@link SessionIds}): the browser's id is looked up by its digest, and the store, which draws its
 * ids from {@code ids}, is handed the digest of an id drawn here. The store keeps what it always does:
 * ids (digests here), times and attribute names.
 */
final class SealedSessionRepository implements SessionRepository<SealedSession> {

    private final SessionRepository<Session> store;
    private final SessionIds ids;
    private final IdentityVault vault;
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;

    SealedSessionRepository(
            SessionRepository<Session> store, SessionIds ids, IdentityVault vault, ClassLoader classLoader) {
        this.store = store;
        this.ids = ids;
        this.vault = vault;
        this.deserializer = new DeserializingConverter(classLoader);
    }

    @Override
    public SealedSession createSession() {
        String id = ids.newId();
        return sealed(id, ids.storing(id, store::createSession));
    }

    @Override
    public void save(SealedSession session) {
        store.save(session.stored());
    }

    @Override
    public @Nullable SealedSession findById(String id) {
        Session session = store.findById(SessionIds.stored(id));
        return session == null ? null : sealed(id, session);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(SessionIds.stored(id));
    }

    private SealedSession sealed(String id, Session session) {
        return new SealedSession(id, session, ids, vault, serializer, deserializer);
    }
}
