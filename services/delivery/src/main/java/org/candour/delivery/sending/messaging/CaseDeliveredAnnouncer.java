package org.candour.delivery.sending.messaging;

import org.candour.delivery.sending.DeliveredCase;
import org.candour.delivery.sending.DeliveryAnnouncements;
import org.candour.events.CaseDeliveredV1;
import org.candour.events.EventType;
import org.candour.messaging.Outbox;
import org.springframework.stereotype.Component;

/** Announces a case's first delivery as {@code CaseDeliveredV1} through the outbox, in the recording transaction. */
@Component
class CaseDeliveredAnnouncer implements DeliveryAnnouncements {

    private final Outbox outbox;

    CaseDeliveredAnnouncer(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void caseDelivered(DeliveredCase delivered) {
        outbox.append(
                EventType.CASE_DELIVERED_V1,
                delivered.concernId(),
                delivered.caseId().toString(),
                new CaseDeliveredV1(
                        delivered.caseId(),
                        delivered.concernId(),
                        delivered.reference(),
                        delivered.destination(),
                        delivered.recipientCode(),
                        delivered.recipientName(),
                        delivered.deliveredAt()));
    }
}
