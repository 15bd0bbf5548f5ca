package org.candour.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.candour.sessions.DigestedSessionIds;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Spring Session's tables in a service's database, read as intake's and classification's tests read
 * them: a session's row is found by the digest of the id the browser holds, as the store keeps it
 * (ADR 0027), and a cookie's value is that id as Spring Session's cookie serialiser writes it.
 */
public final class SessionTables {

    private SessionTables() {}

    /** Every session id the table holds. */
    public static List<String> storedSessionIds(JdbcClient jdbc) {
        return jdbc.sql("select session_id from spring_session")
                .query(String.class)
                .list();
    }

    /** How many rows the session the browser knows by {@code sessionId} has: one, or none once deleted. */
    public static long rows(JdbcClient jdbc, String sessionId) {
        return jdbc.sql("select count(*) from spring_session where session_id = ?")
                .param(DigestedSessionIds.stored(sessionId))
                .query(Long.class)
                .single();
    }

    /** The store's own key of the session the browser knows by {@code sessionId}. */
    public static String primaryIdOf(JdbcClient jdbc, String sessionId) {
        return jdbc.sql("select primary_id from spring_session where session_id = ?")
                .param(DigestedSessionIds.stored(sessionId))
                .query(String.class)
                .single();
    }

    /** How many attributes are stored for the session with the store's key {@code primaryId}. */
    public static long attributes(JdbcClient jdbc, String primaryId) {
        return jdbc.sql("select count(*) from spring_session_attributes where session_primary_id = ?")
                .param(primaryId)
                .query(Long.class)
                .single();
    }

    /** The cookie's value for a session id, encoded as Spring Session's cookie serialiser does by default. */
    public static String cookieFor(String sessionId) {
        return Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
    }

    /** The session id a cookie's value carries. */
    public static String sessionIdIn(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }
}
