package org.candour.delivery.sending;

/** Where sending tells the rest of the system that a case reached its body; an outbox adapter. */
public interface DeliveryAnnouncements {

    /** Announces the first delivery of a case; called inside the transaction that records it. */
    void caseDelivered(DeliveredCase delivered);
}
