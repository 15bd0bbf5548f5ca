package org.candour.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
        boolean urgent) {

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
    }
}
