package org.candour.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Routing opened a case: one concern, one destination body, with the reasons it goes there.
 *
 * @param caseId id of the case; stable across redelivery
 * @param concernId the concern routed
 * @param reference the concern's human reference
 * @param destination the kind of body the case is for
 * @param recipientCode ODS code of the receiving organisation where it has one (a trust, an ICB);
 *     the regulator's code otherwise
 * @param recipientName the receiving organisation's name
 * @param reasons why the concern goes to this body, in plain words
 * @param routedAt when the case was opened
 * @param policyVersion the version of the routing policy applied
 * @param primaryDomain the concern's primary quality domain
 * @param harm the concern's graded harm
 * @param urgent whether the concern needs action now
 * @param provider where the care happened, as the reporter gave it; absent from cases routed before it
 *     was added
 * @param domains every quality domain the concern touches, the primary first; empty in cases routed
 *     before it was added
 * @param flags what the recipient should do at once or know, each with its reason; empty when none
 * @param escalation the support tier proposed to an ICB's System Quality Group, with the signals behind
 *     it; only on {@link Destination#ICS_QUALITY_GROUP} cases
 */
public record CaseRoutedV1(
        UUID caseId,
        UUID concernId,
        String reference,
        Destination destination,
        String recipientCode,
        String recipientName,
        List<String> reasons,
        Instant routedAt,
        String policyVersion,
        QualityDomain primaryDomain,
        HarmLevel harm,
        boolean urgent,
        @Nullable Provider provider,
        List<QualityDomain> domains,
        List<Flag> flags,
        @Nullable Escalation escalation) {

    public CaseRoutedV1 {
        Require.present(caseId, "caseId");
        Require.present(concernId, "concernId");
        Require.text(reference, "reference");
        Require.present(destination, "destination");
        Require.text(recipientCode, "recipientCode");
        Require.text(recipientName, "recipientName");
        reasons = Require.nonEmpty(reasons, "reasons");
        Require.present(routedAt, "routedAt");
        Require.text(policyVersion, "policyVersion");
        Require.present(primaryDomain, "primaryDomain");
        Require.present(harm, "harm");
        // Added in place (ADR 0003): cases routed before them have none, so absent means empty.
        domains = domains == null ? List.of() : List.copyOf(domains);
        flags = flags == null ? List.of() : List.copyOf(flags);
        if (escalation != null && destination != Destination.ICS_QUALITY_GROUP) {
            throw new IllegalArgumentException("escalation is proposed to ICS quality groups only, not " + destination);
        }
    }

    /**
     * Something the recipient should do at once or know, with the reason.
     *
     * @param kind which
     * @param reason why, in plain words, with the facts that raised it
     */
    public record Flag(FlagKind kind, String reason) {
        public Flag {
            Require.present(kind, "flag.kind");
            Require.text(reason, "flag.reason");
        }
    }

    /** The flags a case can carry (DOMAIN.md section 3 and the routing issue). */
    public enum FlagKind {
        /** Abuse or neglect of a child or an adult at risk: refer to the local authority's safeguarding team now. */
        SAFEGUARDING_REFERRAL,
        /** Someone is in danger now. */
        IMMEDIATE_DANGER,
        /** The provider's Freedom to Speak Up guardian should be involved. */
        FREEDOM_TO_SPEAK_UP_GUARDIAN
    }

    /**
     * The support tier proposed to a System Quality Group (house rule, DOMAIN.md section 3).
     *
     * @param tier the proposed tier
     * @param signals the signals that raised it, in plain words; empty for {@link EscalationTier#ROUTINE}
     */
    public record Escalation(EscalationTier tier, List<String> signals) {
        public Escalation {
            Require.present(tier, "escalation.tier");
            signals = Require.list(signals, "escalation.signals");
            if ((tier == EscalationTier.ROUTINE) != signals.isEmpty()) {
                throw new IllegalArgumentException(
                        "escalation above ROUTINE needs the signals that raised it, and" + " ROUTINE has none");
            }
        }
    }

    /** NHS England's escalation tiers for system quality oversight, lowest first. */
    public enum EscalationTier {
        ROUTINE,
        ENHANCED,
        INTENSIVE
    }
}
