package org.candour.routing.timeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.ConcernClassifiedV2.CategoryTag;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.HarmGrade;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernClassifiedV2.ReadsLikeTag;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.jspecify.annotations.Nullable;

/**
 * A concern's audit timeline, in order: each revision of its classification routing received, then
 * what routing did with it.
 *
 * @param reference the concern's human reference
 * @param concernId the concern's id
 * @param entries what happened to it, in order
 */
record Timeline(String reference, UUID concernId, List<Entry> entries) {

    /** One step in the concern's life. */
    @JsonPropertyOrder({"kind", "at", "revision"})
    sealed interface Entry permits Classified, Routed, Withdrawn, NeedsTriage, Acknowledged, Delivered {
        @JsonProperty("kind")
        String kind();

        Instant at();

        /** The revision of the classification the step belongs to. */
        int revision();
    }

    /**
     * A revision of the classification: how the concern was tagged, each tag with its confidence and
     * the evidence a person can check against the concern's text, and for a reviewer's correction who
     * made it and why.
     *
     * @param policyVersion the taxonomy version classification applied (the name is kept for existing
     *     readers)
     * @param domains every quality domain the concern touches, the primary first
     * @param harm the graded harm
     * @param incidentCategory the incident category; null only for a revision received before routing
     *     kept the whole classification
     * @param professionals the professionals the concern is about, each saying whether their fitness to
     *     practise is in question
     * @param complaint how far the local complaint has gone; null only for a revision received before
     *     routing kept the whole classification
     * @param signals the facts found that raise the concern's reach or urgency
     * @param readsLike the destinations whose concerns in the labelled corpus this one reads like, with the
     *     words that weighed most (a reading the weighed rules weigh, no tag); empty before it was published
     */
    record Classified(
            Instant at,
            int revision,
            @Nullable String reviewer,
            @Nullable String reviewReason,
            String policyVersion,
            String primaryDomain,
            List<DomainTag> domains,
            HarmGrade harm,
            @Nullable CategoryTag incidentCategory,
            List<ProfessionalTag> professionals,
            @Nullable ComplaintTag complaint,
            List<SignalTag> signals,
            boolean urgent,
            boolean needsTriage,
            List<String> triageReasons,
            List<ReadsLikeTag> readsLike)
            implements Entry {
        @Override
        public String kind() {
            return "CLASSIFIED";
        }
    }

    /**
     * A case opened for one body, with the reasons, what the body should do at once or know, and for an
     * ICB the proposed support tier (null for other bodies and for cases opened before tiers existed).
     */
    record Routed(
            Instant at,
            int revision,
            UUID caseId,
            String destination,
            String recipientCode,
            String recipientName,
            List<String> reasons,
            String policyVersion,
            List<CaseRoutedV1.Flag> flags,
            CaseRoutedV1.@Nullable Escalation escalation)
            implements Entry {
        @Override
        public String kind() {
            return "ROUTED";
        }
    }

    /** A case withdrawn because a later revision no longer sends the concern to that body. */
    record Withdrawn(
            Instant at,
            int revision,
            UUID caseId,
            String destination,
            String recipientCode,
            String recipientName,
            String reason,
            String policyVersion)
            implements Entry {
        @Override
        public String kind() {
            return "WITHDRAWN";
        }
    }

    /**
     * A person must decide or check before the concern goes everywhere it may: no rule could place
     * it, or classification asked for a check; the routes listed wait for that check.
     */
    record NeedsTriage(
            Instant at, int revision, @Nullable String reason, String policyVersion, List<WaitingRoute> waiting)
            implements Entry {
        @Override
        public String kind() {
            return "NEEDS_TRIAGE";
        }
    }

    /**
     * The body a case went to said where it has got to with it, with its note.
     *
     * @param revision the revision of the classification in force when it did
     * @param by the client that said so, as its access token names it
     */
    record Acknowledged(
            Instant at,
            int revision,
            UUID caseId,
            String destination,
            String recipientCode,
            String recipientName,
            String status,
            @Nullable String note,
            String by)
            implements Entry {
        @Override
        public String kind() {
            return "ACKNOWLEDGED";
        }
    }

    /**
     * The body a case was routed to received it: one of its webhook endpoints accepted the
     * notification, as delivery announced.
     *
     * @param at when the body's endpoint accepted it
     * @param revision the revision of the classification in force when routing heard of it
     * @param caseId the case
     */
    record Delivered(
            Instant at, int revision, UUID caseId, String destination, String recipientCode, String recipientName)
            implements Entry {
        @Override
        public String kind() {
            return "DELIVERED";
        }
    }

    /** A body the concern will go to once a person has checked its classification. */
    record WaitingRoute(String destination, String recipientCode, String recipientName) {}
}
