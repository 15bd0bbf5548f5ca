package org.candour.intake.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.candour.intake.identity.IdentityVault;
import org.candour.sessions.DigestedSessionIds;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sealed sessions over Spring Session's in-memory store, which draws its ids from its
 * generator as the JDBC store does, so that what the store keys a session by can be read directly.
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

    @Test
    void deletingByTheBrowsersIdDeletesTheStoredSession() {
        SealedSession session = sessions.createSession();
        sessions.save(session);

        sessions.deleteById(session.getId());

        assertThat(table).isEmpty();
    }

    @Test
    void theStoreCannotDrawAnIdOfItsOwn() {
        assertThatIllegalStateException().isThrownBy(ids::generate);
        assertThat(ids.storing("an id", ids::generate)).isEqualTo(DigestedSessionIds.stored("an id"));
        assertThatIllegalStateException()
                .as("the digest handed over is drawn once")
                .isThrownBy(() -> ids.storing("an id", () -> ids.generate() + ids.generate()));
        assertThatIllegalStateException().as("and not left behind").isThrownBy(ids::generate);
    }

    @Test
    void idsDifferEachTimeAndTheirDigestsAreTheSameEachTime() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            drawn.add(ids.newId());
        }

        assertThat(drawn).hasSize(1000).allSatisfy(id -> assertThat(id).matches(URL_SAFE));
        String id = drawn.iterator().next();
        assertThat(DigestedSessionIds.stored(id))
                .isEqualTo(DigestedSessionIds.stored(id))
                .isNotEqualTo(id);
        // SHA-256 of the ASCII "abc" (FIPS 180-2's example), in URL-safe base64.
        assertThat(DigestedSessionIds.stored("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
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
