package org.candour.classification.triage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail of reviews, only ever added to. */
@Repository
public class Reviews {

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Reviews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(ClassificationReview review) {
        jdbc.sql("""
                        insert into classification_review (concern_id, from_revision, to_revision, reviewer, reviewed_at,
                            changes, reason)
                        values (:concernId, :fromRevision, :toRevision, :reviewer, :reviewedAt,
                            cast(:changes as jsonb), :reason)
                        """)
                .param("concernId", review.concernId())
                .param("fromRevision", review.fromRevision())
                .param("toRevision", review.toRevision())
                .param("reviewer", review.reviewer())
                .param("reviewedAt", review.reviewedAt().atOffset(ZoneOffset.UTC))
                .param("changes", json.writeValueAsString(review.changes()))
                .param("reason", review.reason())
                .update();
    }

    /** The reviews of the concern's classification, oldest first. */
    public List<ClassificationReview> of(UUID concernId) {
        return jdbc.sql("select * from classification_review where concern_id = ? order by to_revision")
                .param(concernId)
                .query((row, rowNumber) -> new ClassificationReview(
                        row.getObject("concern_id", UUID.class),
                        row.getInt("from_revision"),
                        row.getInt("to_revision"),
                        row.getString("reviewer"),
                        row.getObject("reviewed_at", OffsetDateTime.class).toInstant(),
                        json.readValue(row.getString("changes"), CHANGES),
                        row.getString("reason")))
                .list();
    }
}
