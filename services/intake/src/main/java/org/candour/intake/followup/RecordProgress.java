package org.candour.intake.followup;

import java.time.Clock;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.ConcernClassifiedV2;
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
     * Records the classifier's revision as a step. A later revision is a reviewer's correction; the
     * reporter sees no step for it yet, because its words would have to be said without the review's
     * evidence, reason or reviewer, and the progress table has no kind for it.
     *
     * @throws UnknownConcernException if intake never accepted the concern: the event can never apply
     */
    @Transactional
    public void classified(UUID eventId, ConcernClassifiedV2 event) {
        requireKnown(event.concernId());
        if (event.revision() > 1) {
            return;
        }
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
