package org.candour.intake.session;

import org.candour.intake.identity.IdentityVault;
import org.candour.sessions.DigestedSession;
import org.candour.sessions.DigestedSessionIds;
import org.candour.sessions.DigestedSessionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions of a store, with every attribute sealed on its way in and opened on its way out
 * ({@link SealedSession}), and each known to the store only by the digest of the browser's id
 * ({@link DigestedSessionRepository}, over the store that draws its ids from {@code ids}). The store
 * keeps what it always does: ids (digests here), times and attribute names.
 */
final class SealedSessionRepository implements SessionRepository<SealedSession> {

    private final DigestedSessionRepository sessions;
    private final IdentityVault vault;
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;

    SealedSessionRepository(
            SessionRepository<Session> store, DigestedSessionIds ids, IdentityVault vault, ClassLoader classLoader) {
        this.sessions = new DigestedSessionRepository(store, ids);
        this.vault = vault;
        this.deserializer = new DeserializingConverter(classLoader);
    }

    @Override
    public SealedSession createSession() {
        return new SealedSession(sessions.createSession(), vault, serializer, deserializer);
    }

    @Override
    public void save(SealedSession session) {
        sessions.save(session.stored());
    }

    @Override
    public @Nullable SealedSession findById(String id) {
        DigestedSession session = sessions.findById(id);
        return session == null ? null : new SealedSession(session, vault, serializer, deserializer);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }
}
