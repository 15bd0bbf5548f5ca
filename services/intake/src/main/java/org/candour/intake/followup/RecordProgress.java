package org.candour.intake.followup;

import java.time.Clock;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.ConcernClassifiedV1;
import org.candour.intake.concern.RaiseConcern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the other services announce about a concern as steps its reporter can follow. It
 * runs in the consumer's transaction, with the processed-event record, so a redelivery adds nothing.
 */
@Service
public class RecordProgress {

    private final RaiseConcern concerns;
    private final ProgressSteps steps;
    private final Clock clock;

    RecordProgress(RaiseConcern concerns, ProgressSteps steps, Clock clock) {
        this.concerns = concerns;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * @throws UnknownConcernException if intake never accepted the concern: the event can never apply
     */
    @Transactional
    public void classified(UUID eventId, ConcernClassifiedV1 event) {
        requireKnown(event.concernId());
        steps.add(
                ProgressStep.assessed(eventId, event.concernId(), event.needsTriage(), event.classifiedAt()),
                clock.instant());
    }

    /**
     * @throws UnknownConcernException if intake never accepted the concern: the event can never apply
     */
    @Transactional
    public void routed(UUID eventId, CaseRoutedV1 event) {
        requireKnown(event.concernId());
        steps.add(
                ProgressStep.shared(
                        eventId,
                        event.concernId(),
                        event.destination(),
                        event.recipientCode(),
                        event.caseId(),
                        event.routedAt()),
                clock.instant());
    }

    private void requireKnown(UUID concernId) {
        if (concerns.find(concernId).isEmpty()) {
            throw UnknownConcernException.withId(concernId);
        }
    }
}
