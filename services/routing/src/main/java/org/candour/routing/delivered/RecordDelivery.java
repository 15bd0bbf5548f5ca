package org.candour.routing.delivered;

import java.sql.Timestamp;
import java.time.Clock;
import org.candour.events.CaseDeliveredV1;
import org.candour.messaging.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Records that a case reached the body it was routed to, so the concern's timeline can say when. */
@Service
public class RecordDelivery {

    private static final Logger log = LoggerFactory.getLogger(RecordDelivery.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    RecordDelivery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the delivery once, against the revision in force now. A case routing never opened, or
     * one opened for another body, cannot have been delivered: the event is poison, and goes to the
     * dead-letter topic with that reason rather than being dropped.
     */
    public void record(CaseDeliveredV1 delivered) {
        int recorded = jdbc.sql("""
                        insert into case_delivery (case_id, concern_id, revision, delivered_at, recorded_at)
                        select r.case_id, r.concern_id, c.revision, :deliveredAt, :now
                        from routed_case r join classification c on c.concern_id = r.concern_id
                        where r.case_id = :caseId and r.concern_id = :concernId
                          and r.destination = :destination and r.recipient_code = :recipientCode
                        on conflict (case_id) do nothing
                        """)
                .param("deliveredAt", Timestamp.from(delivered.deliveredAt()))
                .param("now", Timestamp.from(clock.instant()))
                .param("caseId", delivered.caseId())
                .param("concernId", delivered.concernId())
                .param("destination", delivered.destination().name())
                .param("recipientCode", delivered.recipientCode())
                .update();
        if (recorded == 1) {
            log.info(
                    "Case {} ({}) reached {} {}",
                    delivered.caseId(),
                    delivered.reference(),
                    delivered.destination(),
                    delivered.recipientCode());
            return;
        }
        boolean known = jdbc.sql("select count(*) from case_delivery where case_id = ?")
                        .param(delivered.caseId())
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw new PoisonEventException("Case " + delivered.caseId() + " was not routed to "
                    + delivered.destination() + " " + delivered.recipientCode() + " for concern "
                    + delivered.concernId() + ", so its delivery cannot be recorded");
        }
    }
}
