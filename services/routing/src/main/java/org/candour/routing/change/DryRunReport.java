package org.candour.routing.change;

import java.util.List;
import java.util.UUID;

/**
 * What switching to a candidate routing policy would change for the concerns routing holds.
 *
 * @param runningVersion the policy in use
 * @param candidateVersion the policy tried
 * @param concernsEvaluated how many concerns were run through it (those classified since routing kept
 *     each classification whole)
 * @param concernsChanged how many would gain or lose a body
 * @param changes each of them, in the order they were routed
 */
public record DryRunReport(
        String runningVersion,
        String candidateVersion,
        int concernsEvaluated,
        int concernsChanged,
        List<Change> changes) {

    /**
     * One concern whose bodies would change.
     *
     * @param reference the concern's reference
     * @param concernId the concern
     * @param gained bodies the candidate would open a case for, with the candidate's reasons
     * @param lost bodies with an open case the candidate would no longer choose, with the case's reasons
     */
    public record Change(
            String reference, UUID concernId, List<PolicyDryRun.Body> gained, List<PolicyDryRun.Body> lost) {}
}
