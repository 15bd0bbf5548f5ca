package org.candour.intake.followup;

import java.time.Clock;
import java.util.UUID;
import org.candour.events.CaseDeliveredV1;
import org.candour.events.CaseRoutedV1;
import org.candour.events.CaseStatusChangedV1;
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
     * Records a classification as a step: the classifier's revision as assessed (or in review), a later
     * revision, a reviewer's correction, as checked by a person. The reporter is told that a person
     * checked it, never who, why or what changed.
     *
     * @throws UnknownConcernException if intake never accepted the concern: the event can never apply
     */
    @Transactional
    public void classified(UUID eventId, ConcernClassifiedV2 event) {
        requireKnown(event.concernId());
        steps.add(
                event.revision() == 1
                        ? ProgressStep.assessed(eventId, event.concernId(), event.needsTriage(), event.classifiedAt())
                        : ProgressStep.checked(eventId, event.concernId(), event.classifiedAt()),
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

    /**
     * Records what a body said about its case: received, looking into it, finished. Its note is not kept.
     *
     * @throws UnknownConcernException if intake never accepted the concern: the event can never apply
     */
    @Transactional
    public void statusChanged(UUID eventId, CaseStatusChangedV1 event) {
        requireKnown(event.concernId());
        steps.add(ProgressStep.statusChanged(eventId, event), clock.instant());
    }

    /**
     * Records that the case reached the body's systems.
     *
     * @throws UnknownConcernException if intake never accepted the concern: the event can never apply
     */
    @Transactional
    public void delivered(UUID eventId, CaseDeliveredV1 event) {
        requireKnown(event.concernId());
        steps.add(ProgressStep.delivered(eventId, event), clock.instant());
    }

    private void requireKnown(UUID concernId) {
        if (concerns.find(concernId).isEmpty()) {
            throw UnknownConcernException.withId(concernId);
        }
    }
}
