package org.candour.delivery.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.events.Destination;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded notifications. Anyone may read them; only {@link RecordNotification} adds them. */
@Repository
public class Notifications {

    private static final String COLUMNS = """
            id, case_id, concern_id, reference, destination, recipient_code, recipient_name, urgent, status,
            attempts, created_at""";

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the notification unless its case already has one.
     *
     * @return whether it was added
     */
    boolean addUnlessCaseKnown(Notification notification) {
        int added = jdbc.sql("""
                        insert into notification (id, case_id, concern_id, reference, destination, recipient_code,
                                                  recipient_name, urgent, status, attempts, created_at)
                        values (:id, :caseId, :concernId, :reference, :destination, :recipientCode,
                                :recipientName, :urgent, :status, :attempts, :createdAt)
                        on conflict (case_id) do nothing
                        """)
                .param("id", notification.id())
                .param("caseId", notification.caseId())
                .param("concernId", notification.concernId())
                .param("reference", notification.reference())
                .param("destination", notification.destination().name())
                .param("recipientCode", notification.recipientCode())
                .param("recipientName", notification.recipientName())
                .param("urgent", notification.urgent())
                .param("status", notification.status().name())
                .param("attempts", notification.attempts())
                .param("createdAt", Timestamp.from(notification.createdAt()))
                .update();
        return added == 1;
    }

    public Optional<Notification> forCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from notification where case_id = ?")
                .param(caseId)
                .query(Notifications::notification)
                .optional();
    }

    /** The most recently recorded notifications, newest first. */
    public List<Notification> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification order by created_at desc, id desc limit ?")
                .param(limit)
                .query(Notifications::notification)
                .list();
    }

    /** The most recently recorded notifications with this status, newest first. */
    public List<Notification> newest(NotificationStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from notification where status = ? order by created_at desc, id desc limit ?")
                .params(status.name(), limit)
                .query(Notifications::notification)
                .list();
    }

    private static Notification notification(ResultSet row, int rowNumber) throws SQLException {
        return new Notification(
                row.getObject("id", UUID.class),
                row.getObject("case_id", UUID.class),
                row.getObject("concern_id", UUID.class),
                row.getString("reference"),
                Destination.valueOf(row.getString("destination")),
                row.getString("recipient_code"),
                row.getString("recipient_name"),
                row.getBoolean("urgent"),
                NotificationStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                row.getTimestamp("created_at").toInstant());
    }
}
