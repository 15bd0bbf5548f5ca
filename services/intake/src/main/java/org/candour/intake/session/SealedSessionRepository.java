package org.candour.intake.session;

import org.candour.intake.identity.IdentityVault;
import org.jspecify.annotations.Nullable;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions of a store, with every attribute sealed on its way in and opened on its way out
 * ({@link SealedSession}). The store keeps what it always does: ids, times and attribute names.
 */
final class SealedSessionRepository implements SessionRepository<SealedSession> {

    private final SessionRepository<Session> store;
    private final IdentityVault vault;
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;

    SealedSessionRepository(SessionRepository<Session> store, IdentityVault vault, ClassLoader classLoader) {
        this.store = store;
        this.vault = vault;
        this.deserializer = new DeserializingConverter(classLoader);
    }

    @Override
    public SealedSession createSession() {
        return sealed(store.createSession());
    }

    @Override
    public void save(SealedSession session) {
        store.save(session.stored());
    }

    @Override
    public @Nullable SealedSession findById(String id) {
        Session session = store.findById(id);
        return session == null ? null : sealed(session);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    private SealedSession sealed(Session session) {
        return new SealedSession(session, vault, serializer, deserializer);
    }
}
