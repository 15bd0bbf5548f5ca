package org.candour.delivery.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reporter's description of each concern, with NHS numbers and other identifiers already redacted
 * and cut to a summary. Only {@link SummariseConcern} adds them, and only redacted; nothing else of
 * the raised concern is kept.
 */
@Repository
public class ConcernSummaries {

    private final JdbcClient jdbc;

    ConcernSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The redacted summary, once intake's event for the concern has been read. */
    public Optional<String> find(UUID concernId) {
        return jdbc.sql("select summary from concern_summary where concern_id = ?")
                .param(concernId)
                .query(String.class)
                .optional();
    }

    /** @return whether it was added; a concern already summarised keeps its first summary */
    boolean addUnlessKnown(UUID concernId, String redactedSummary, Instant receivedAt) {
        return jdbc.sql("""
                        insert into concern_summary (concern_id, summary, received_at) values (?, ?, ?)
                        on conflict (concern_id) do nothing
                        """)
                        .params(concernId, redactedSummary, Timestamp.from(receivedAt))
                        .update()
                == 1;
    }
}
