package org.candour.intake.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.candour.intake.identity.IdentityVault;
import org.candour.sessions.DigestedSessionIds;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sealed sessions over Spring Session's in-memory store, which draws its ids from its
 * generator as the JDBC store does, so that what the store keys a session by can be read directly:
 * the sealed attributes open under the browser's id while the store knows only its digest, also after
 * the id changes. The digest, the ids and the hand-over themselves are tested with them, in
 * platform/sessions ({@code DigestedSessionRepositoryTest}).
 */
class SealedSessionRepositoryTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String URL_SAFE = "[A-Za-z0-9_-]{43}";

    private final Map<String, Session> table = new ConcurrentHashMap<>();
    private final DigestedSessionIds ids = new DigestedSessionIds();
    private final SealedSessionRepository sessions = sealedOver(table);

    @Test
    void theStoreKnowsASessionOnlyByTheDigestOfTheBrowsersId() {
        SealedSession session = sessions.createSession();
        session.setAttribute("draft", "Warfarin is issued without INR checks.");
        sessions.save(session);

        assertThat(session.getId()).matches(URL_SAFE);
        assertThat(table).containsOnlyKeys(DigestedSessionIds.stored(session.getId()));
        String stored = table.keySet().iterator().next();
        assertThat(stored).isNotEqualTo(session.getId()).matches(URL_SAFE);
        SealedSession found = sessions.findById(session.getId());
        assertThat(found).isNotNull();
        assertThat(found.<String>getAttribute("draft")).isEqualTo("Warfarin is issued without INR checks.");
        assertThat(sessions.findById(stored))
                .as("the stored id presented as a cookie's")
                .isNull();
    }

    @Test
    void aNewIdIsStoredAsItsDigestAndTheAttributesStillOpenUnderIt() {
        SealedSession session = sessions.createSession();
        session.setAttribute("draft", "Warfarin is issued without INR checks.");
        sessions.save(session);
        String before = session.getId();
        SealedSession found = sessions.findById(before);
        assertThat(found).isNotNull();

        String after = found.changeSessionId();
        sessions.save(found);

        assertThat(after).isNotEqualTo(before).isEqualTo(found.getId()).matches(URL_SAFE);
        assertThat(table).containsOnlyKeys(DigestedSessionIds.stored(after));
        assertThat(sessions.findById(before)).as("the old id").isNull();
        SealedSession renewed = sessions.findById(after);
        assertThat(renewed).isNotNull();
        assertThat(renewed.<String>getAttribute("draft")).isEqualTo("Warfarin is issued without INR checks.");
    }

    private SealedSessionRepository sealedOver(Map<String, Session> table) {
        MapSessionRepository store = new MapSessionRepository(table);
        store.setSessionIdGenerator(ids);
        @SuppressWarnings({"unchecked", "rawtypes"})
        SessionRepository<Session> sessions = (SessionRepository) store;
        return new SealedSessionRepository(
                sessions,
                ids,
                new IdentityVault(List.of(Map.entry("k1", KEY))),
                getClass().getClassLoader());
    }
}
