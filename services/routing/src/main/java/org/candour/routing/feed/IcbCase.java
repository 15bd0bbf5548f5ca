package org.candour.routing.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.CaseStatusChangedV1;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * One case in an ICB's feed: the concern as routing last saw it, why it came to the ICB, and where the
 * ICB has got to with it. The reporter's identity is never here: routing never receives it.
 *
 * @param caseId the case
 * @param reference the concern's human reference
 * @param status where the ICB has got to with it
 * @param routedAt when the case was opened
 * @param provider where the care happened
 * @param primaryDomain the concern's primary quality domain, as last classified
 * @param domains every quality domain it touches, the primary first
 * @param harm its graded harm
 * @param urgent whether it needs action now
 * @param reasons why it came to this ICB
 * @param flags what to do at once or know
 * @param escalation the support tier proposed, with the signals behind it
 * @param policyVersion the routing policy that opened the case
 * @param withdrawalReason why the case was withdrawn, when it was
 * @param acknowledgements each status the ICB gave it, oldest first
 */
public record IcbCase(
        UUID caseId,
        String reference,
        CaseStatus status,
        Instant routedAt,
        Provider provider,
        QualityDomain primaryDomain,
        List<QualityDomain> domains,
        HarmLevel harm,
        boolean urgent,
        List<String> reasons,
        List<CaseRoutedV1.Flag> flags,
        CaseRoutedV1.@Nullable Escalation escalation,
        String policyVersion,
        @Nullable String withdrawalReason,
        List<Acknowledgement> acknowledgements) {

    /**
     * A status the ICB gave the case.
     *
     * @param status the status
     * @param note what the ICB wrote with it
     * @param by the client that gave it
     * @param at when
     */
    public record Acknowledgement(
            CaseStatusChangedV1.CaseStatus status, @Nullable String note, String by, Instant at) {}
}
