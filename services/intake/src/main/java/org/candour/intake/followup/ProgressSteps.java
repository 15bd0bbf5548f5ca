package org.candour.intake.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.events.Destination;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps each concern has been through, in the order they happened. */
@Repository
class ProgressSteps {

    private final JdbcClient jdbc;

    ProgressSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the step unless it is already known: by its event, or, for a case, by the case, in
     * case a producer announces the same case again under a new event id.
     */
    void add(ProgressStep step, Instant recordedAt) {
        Destination destination = step.destination();
        jdbc.sql("""
                        insert into progress_step (event_id, concern_id, kind, destination, recipient_code, case_id,
                          occurred_at, recorded_at)
                        values (:eventId, :concernId, :kind, :destination, :recipientCode, :caseId, :occurredAt, :recordedAt)
                        on conflict do nothing
                        """)
                .param("eventId", step.eventId())
                .param("concernId", step.concernId())
                .param("kind", step.kind().name())
                .param("destination", destination == null ? null : destination.name())
                .param("recipientCode", step.recipientCode())
                .param("caseId", step.caseId())
                .param("occurredAt", Timestamp.from(step.occurredAt()))
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
    }

    List<ProgressStep> of(UUID concernId) {
        return jdbc.sql("select * from progress_step where concern_id = ? order by occurred_at, recorded_at, event_id")
                .param(concernId)
                .query(ProgressSteps::step)
                .list();
    }

    private static ProgressStep step(ResultSet row, int rowNumber) throws SQLException {
        String destination = row.getString("destination");
        return new ProgressStep(
                row.getObject("event_id", UUID.class),
                row.getObject("concern_id", UUID.class),
                ProgressStep.Kind.valueOf(row.getString("kind")),
                destination == null ? null : Destination.valueOf(destination),
                row.getString("recipient_code"),
                row.getObject("case_id", UUID.class),
                row.getTimestamp("occurred_at").toInstant());
    }
}
