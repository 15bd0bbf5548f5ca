package org.candour.delivery.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.candour.delivery.notification.Notification;
import org.candour.delivery.notification.Notifications;
import org.candour.events.CaseRoutedV1;
import org.candour.events.Destination;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A national body fetches the full case it was notified of. A case routed to another body, or not
 * known here, is not found; each case handed over is recorded in {@code case_fetch} with the client,
 * in the same transaction, so that no read goes unrecorded.
 */
@Service
public class FetchCase {

    private final Notifications notifications;
    private final RoutedCases routedCases;
    private final ConcernSummaries summaries;
    private final JdbcClient jdbc;
    private final Clock clock;

    FetchCase(
            Notifications notifications,
            RoutedCases routedCases,
            ConcernSummaries summaries,
            JdbcClient jdbc,
            Clock clock) {
        this.notifications = notifications;
        this.routedCases = routedCases;
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The case if it was routed to this body, recorded as fetched by the client; empty otherwise. */
    @Transactional
    public Optional<CaseFile> fetch(Destination body, UUID caseId, String clientId) {
        Optional<Notification> notification =
                notifications.forCase(caseId).filter(found -> found.destination() == body);
        Optional<CaseRoutedV1> routed = routedCases.find(caseId).filter(found -> found.destination() == body);
        if (notification.isEmpty() || routed.isEmpty()) {
            return Optional.empty();
        }
        CaseFile file = CaseFile.of(
                routed.get(),
                notification.get().id(),
                summaries.find(routed.get().concernId()).orElse(null));
        jdbc.sql("insert into case_fetch (case_id, body_code, client_id, fetched_at) values (?, ?, ?, ?)")
                .params(caseId, body.name(), clientId, Timestamp.from(clock.instant()))
                .update();
        return Optional.of(file);
    }
}
