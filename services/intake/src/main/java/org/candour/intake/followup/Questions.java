package org.candour.intake.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions asked about each concern, oldest first, with their answers. */
@Repository
class Questions {

    private final JdbcClient jdbc;

    Questions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID concernId, Question question) {
        jdbc.sql("insert into question (id, concern_id, text, asked_at) values (?, ?, ?, ?)")
                .params(question.id(), concernId, question.text(), Timestamp.from(question.askedAt()))
                .update();
    }

    List<Question> of(UUID concernId) {
        return jdbc.sql("select * from question where concern_id = ? order by asked_at, id")
                .param(concernId)
                .query(Questions::question)
                .list();
    }

    Optional<Question> find(UUID concernId, UUID questionId) {
        return jdbc.sql("select * from question where concern_id = ? and id = ?")
                .params(concernId, questionId)
                .query(Questions::question)
                .optional();
    }

    /** Answers the question if it is this concern's and still unanswered; says whether it did. */
    boolean answer(UUID concernId, UUID questionId, String answer, Instant at) {
        return jdbc.sql("""
                        update question set answer = ?, answered_at = ?
                        where concern_id = ? and id = ? and answer is null
                        """)
                        .params(answer, Timestamp.from(at), concernId, questionId)
                        .update()
                == 1;
    }

    private static Question question(ResultSet row, int rowNumber) throws SQLException {
        Timestamp answeredAt = row.getTimestamp("answered_at");
        return new Question(
                row.getObject("id", UUID.class),
                row.getString("text"),
                row.getTimestamp("asked_at").toInstant(),
                row.getString("answer"),
                answeredAt == null ? null : answeredAt.toInstant());
    }
}
