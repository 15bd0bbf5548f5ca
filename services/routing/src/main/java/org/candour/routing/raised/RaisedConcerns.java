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
     * Refuses a classification of a concern intake never raised. The refusal is retried, as the
     * classification can overtake the raising on the way here; once the retries are spent the event is
     * dead-lettered with this reason.
     */
    public void requireRaised(UUID concernId) {
        boolean raised = jdbc.sql("select exists (select 1 from raised_concern where concern_id = ?)")
                .param(concernId)
                .query(Boolean.class)
                .single();
        if (!raised) {
            throw new UnknownConcernException(concernId);
        }
    }
}
