package org.candour.routing.feed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.events.CaseStatusChangedV1;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.messaging.Outbox;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ICB says where it has got to with one of its cases. The status, the audit row, the access record
 * and the {@link CaseStatusChangedV1} event are written in one transaction, so the reporter's status
 * page and the timeline learn of every change and of nothing that did not happen.
 */
@Service
class AcknowledgeCase {

    private final JdbcClient jdbc;
    private final IcbCases cases;
    private final Outbox outbox;
    private final Clock clock;

    AcknowledgeCase(JdbcClient jdbc, IcbCases cases, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @throws CaseNotFoundException if the ICB has no such case
     * @throws CaseStatusConflictException if the case was withdrawn, or already went further
     */
    @Transactional
    IcbCase acknowledge(
            String icb, UUID caseId, CaseStatusChangedV1.CaseStatus status, @Nullable String note, String client) {
        Locked locked = jdbc.sql("""
                        select r.concern_id, r.status, r.acknowledgement, r.withdrawal_reason, c.reference, c.revision
                        from routed_case r join classification c on c.concern_id = r.concern_id
                        where r.case_id = :caseId and r.destination = 'ICS_QUALITY_GROUP' and r.recipient_code = :icb
                        for update of r
                        """)
                .param("caseId", caseId)
                .param("icb", icb)
                .query((row, n) -> new Locked(
                        row.getObject("concern_id", UUID.class),
                        row.getString("reference"),
                        row.getInt("revision"),
                        "WITHDRAWN".equals(row.getString("status")),
                        row.getString("withdrawal_reason"),
                        row.getString("acknowledgement") == null
                                ? null
                                : CaseStatusChangedV1.CaseStatus.valueOf(row.getString("acknowledgement"))))
                .optional()
                .orElseThrow(() -> new CaseNotFoundException(icb, caseId));
        if (locked.withdrawn()) {
            throw new CaseStatusConflictException("This case was withdrawn (" + locked.withdrawalReason()
                    + "), so it needs nothing more from the ICB.");
        }
        if (locked.current() != null && status.compareTo(locked.current()) < 0) {
            throw new CaseStatusConflictException("This case is already " + locked.current()
                    + " and a case moves forward only (RECEIVED, IN_REVIEW, CLOSED). Nothing was changed.");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into case_acknowledgement (case_id, concern_id, revision, status, note, acknowledged_by,
                          acknowledged_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(caseId, locked.concernId(), locked.revision(), status.name(), note, client, Timestamp.from(now))
                .update();
        jdbc.sql("update routed_case set acknowledgement = ? where case_id = ?")
                .params(status.name(), caseId)
                .update();
        cases.recordAccess(List.of(caseId), client, IcbCases.Access.ACKNOWLEDGED, now);
        outbox.append(
                EventType.CASE_STATUS_CHANGED_V1,
                locked.concernId(),
                caseId.toString(),
                new CaseStatusChangedV1(
                        caseId,
                        locked.concernId(),
                        locked.reference(),
                        Destination.ICS_QUALITY_GROUP,
                        icb,
                        status,
                        note,
                        client,
                        now));
        return cases.find(icb, caseId).orElseThrow();
    }

    private record Locked(
            UUID concernId,
            String reference,
            int revision,
            boolean withdrawn,
            @Nullable String withdrawalReason,
            CaseStatusChangedV1.@Nullable CaseStatus current) {}
}
