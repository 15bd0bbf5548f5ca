package org.candour.routing;

import java.util.List;
import java.util.UUID;
import org.candour.events.ConcernClassifiedV2;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What routing keeps for a concern and its events, read back from its tables by the tests that watch a
 * classification park, route or be skipped; and the one row those tests write behind routing's back.
 */
public final class RoutingRows {

    private RoutingRows() {}

    /** The concern's parked classifications, oldest first: {@code waiting} or {@code dead-lettered}. */
    public static List<String> parkedOf(JdbcClient jdbc, ConcernClassifiedV2 concern) {
        return jdbc.sql("""
                        select case when dead_lettered_at is null then 'waiting' else 'dead-lettered' end
                        from parked_classification where concern_id = ? order by position
                        """).param(concern.concernId()).query(String.class).list();
    }

    /** How many cases routing opened for the concern, open or withdrawn. */
    public static long casesOf(JdbcClient jdbc, ConcernClassifiedV2 concern) {
        return jdbc.sql("select count(*) from routed_case where concern_id = ?")
                .param(concern.concernId())
                .query(Long.class)
                .single();
    }

    /** Whether routing's idempotent consumer holds the event as applied. */
    public static boolean processed(JdbcClient jdbc, UUID eventId) {
        return jdbc.sql("select count(*) from processed_event where consumer = 'routing' and event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    /**
     * Records the concern as raised as {@code RaisedConcerns} does, without its raising event: a classification
     * parked for it stays parked (only a raising event releases it), while a classification of it that the
     * consumer applies from now on is routed. A test that redelivers a parked classification afterwards can
     * therefore tell a skipped redelivery (no case) from one let through (cases opened), which the parked row
     * alone cannot: {@code ParkedClassifications.park} leaves a waiting row as it is either way.
     */
    public static void recordRaisedWithoutItsEvent(JdbcClient jdbc, ConcernClassifiedV2 concern) {
        jdbc.sql("insert into raised_concern (concern_id, raised_at, recorded_at) values (?, now(), now())")
                .param(concern.concernId())
                .update();
    }
}
