package org.candour.routing.raised;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.candour.events.ConcernRaisedV1;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The concerns intake has raised, so that routing acts only on classifications of real concerns. Only the
 * id and the time are kept: routing never holds what the reporter wrote.
 */
@Service
public class RaisedConcerns {

    private final JdbcClient jdbc;
    private final Clock clock;

    RaisedConcerns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that the concern was raised; the same concern again changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ConcernRaisedV1 raised) {
        lock(raised.concernId());
        jdbc.sql("""
                        insert into raised_concern (concern_id, raised_at, recorded_at)
                        values (:concernId, :raisedAt, :recordedAt)
                        on conflict (concern_id) do nothing
                        """)
                .param("concernId", raised.concernId())
                .param("raisedAt", Timestamp.from(raised.raisedAt()))
                .param("recordedAt", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * Whether intake raised the concern. Holds the concern's lock, which {@link #record} takes too, until the
     * caller's transaction ends: a classification parked because its concern was not raised is committed
     * before that concern's raising looks for what was parked for it, so none is left behind.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean isRaised(UUID concernId) {
        lock(concernId);
        return jdbc.sql("select exists (select 1 from raised_concern where concern_id = ?)")
                .param(concernId)
                .query(Boolean.class)
                .single();
    }

    private void lock(UUID concernId) {
        // Two concerns may share a lock when their hashes collide; that only makes one wait a moment.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(concernId.toString())
                .query()
                .singleRow();
    }
}
