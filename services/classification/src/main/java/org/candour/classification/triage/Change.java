package org.candour.classification.triage;

/**
 * One field a review changed, as a person reads it.
 *
 * @param field the field of the classification, as named in {@code ConcernClassifiedV2}
 * @param before its value in the revision reviewed
 * @param after its value in the revision the review made
 */
public record Change(String field, String before, String after) {}
