package org.candour.classification.triage.web;

import java.util.List;
import org.candour.classification.triage.ClassificationReview;
import org.candour.events.ConcernClassifiedV2;

/**
 * A concern for a reviewer: its current revision in full, as announced, and its reviews so far.
 *
 * @param current the current revision, with every tag's evidence and confidence
 * @param reviews the reviews so far, oldest first
 */
record TriageItem(ConcernClassifiedV2 current, List<ClassificationReview> reviews) {}
