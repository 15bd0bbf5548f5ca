package org.candour.intake.followup;

import java.time.Instant;
import java.util.UUID;
import org.candour.events.CaseDeliveredV1;
import org.candour.events.CaseStatusChangedV1;
import org.candour.events.Destination;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a concern after it was raised, kept only as far as its reporter may
 * see it: what kind of step, which body it concerns and when. Routing's reasons are never kept.
 *
 * @param eventId the CloudEvents id of the event that told us, so that a redelivery adds nothing
 * @param concernId the concern
 * @param kind what happened
 * @param destination the kind of body, for a step that concerns one
 * @param recipientCode that body's code (an ICB's ODS code names its system), for a step that concerns one
 * @param caseId routing's case, for a step about a case
 * @param occurredAt when it happened, as the publishing service says
 */
record ProgressStep(
        UUID eventId,
        UUID concernId,
        Kind kind,
        @Nullable Destination destination,
        @Nullable String recipientCode,
        @Nullable UUID caseId,
        Instant occurredAt) {

    /** The kinds of step a reporter sees. */
    enum Kind {
        /** Classification tagged and graded the concern by its rules. */
        ASSESSED,
        /** Classification was unsure, so a person in the quality team reviews it. */
        IN_REVIEW,
        /**
         * Routing could not place the concern, so a person checks it before it is shared. No event
         * announces this yet: routing records the decision only in its own database.
         */
        HELD_FOR_CHECK,
        /** A person in the quality team checked how the concern was classified (a later revision). */
        CHECKED,
        /** Routing opened a case for a body: the concern is shared with it. */
        SHARED,
        /** Delivery's webhook reached the body: its systems have the case. */
        DELIVERED,
        /** The body said it has the case. */
        BODY_RECEIVED,
        /** The body said it is looking into the case. */
        BODY_REVIEWING,
        /** The body said it has finished with the case. */
        BODY_CLOSED;

        /** Whether a step of this kind is about one body's case. */
        boolean namesABody() {
            return this == SHARED
                    || this == DELIVERED
                    || this == BODY_RECEIVED
                    || this == BODY_REVIEWING
                    || this == BODY_CLOSED;
        }
    }

    ProgressStep {
        if (kind.namesABody() && (destination == null || recipientCode == null || caseId == null)) {
            throw new IllegalArgumentException("A " + kind + " step names the body and the case, event " + eventId);
        }
    }

    static ProgressStep assessed(UUID eventId, UUID concernId, boolean needsReview, Instant at) {
        return new ProgressStep(eventId, concernId, needsReview ? Kind.IN_REVIEW : Kind.ASSESSED, null, null, null, at);
    }

    static ProgressStep checked(UUID eventId, UUID concernId, Instant at) {
        return new ProgressStep(eventId, concernId, Kind.CHECKED, null, null, null, at);
    }

    static ProgressStep shared(
            UUID eventId, UUID concernId, Destination destination, String recipientCode, UUID caseId, Instant at) {
        return new ProgressStep(eventId, concernId, Kind.SHARED, destination, recipientCode, caseId, at);
    }

    /** The body's endpoint accepted the case's webhook. */
    static ProgressStep delivered(UUID eventId, CaseDeliveredV1 event) {
        return new ProgressStep(
                eventId,
                event.concernId(),
                Kind.DELIVERED,
                event.destination(),
                event.recipientCode(),
                event.caseId(),
                event.deliveredAt());
    }

    /** The body's word on its case; never its note. */
    static ProgressStep statusChanged(UUID eventId, CaseStatusChangedV1 event) {
        Kind kind = switch (event.status()) {
            case RECEIVED -> Kind.BODY_RECEIVED;
            case IN_REVIEW -> Kind.BODY_REVIEWING;
            case CLOSED -> Kind.BODY_CLOSED;
        };
        return new ProgressStep(
                eventId,
                event.concernId(),
                kind,
                event.destination(),
                event.recipientCode(),
                event.caseId(),
                event.changedAt());
    }
}
