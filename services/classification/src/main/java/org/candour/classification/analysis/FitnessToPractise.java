package org.candour.classification.analysis;

/**
 * Whether the conduct described could call a registrant's fitness to practise into question
 * (DOMAIN.md section 3, professional regulators), or is for their employer to handle.
 */
public enum FitnessToPractise {
    /** Abuse, theft, falsified records, dishonesty, sexual misconduct, discrimination, repetition, avoidable serious harm. */
    MAY_MEET_THRESHOLD,
    /** A one-off error the employer can put right. */
    HANDLED_LOCALLY,
    /** No registered professional is identified, so there is no one to assess. */
    NOT_APPLICABLE
}
