package org.candour.classification.triage;

import java.time.Clock;
import java.util.UUID;
import org.candour.classification.tagging.Classification;
import org.candour.classification.tagging.Classifications;
import org.candour.events.EventType;
import org.candour.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer confirms or corrects a concern's classification: the next revision, its audit and its
 * announcement commit together, or nothing does.
 */
@Service
public class ReviewClassification {

    private static final Logger log = LoggerFactory.getLogger(ReviewClassification.class);

    private final Classifications classifications;
    private final Reviews reviews;
    private final Outbox outbox;
    private final Clock clock;

    ReviewClassification(Classifications classifications, Reviews reviews, Outbox outbox, Clock clock) {
        this.classifications = classifications;
        this.reviews = reviews;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Reviews the concern's current classification. Any concern can be reviewed, not only those waiting in
     * the queue; a review that changes nothing still makes a revision, because the reviewer's confirmation
     * is what lifts the triage hold.
     *
     * @param reviewer who reviewed, as they signed in; never taken from what they sent
     * @throws InvalidReviewException when the review is incomplete, malformed or against a rule
     * @throws ConcernNotFoundException when the concern has no classification
     * @throws StaleRevisionException when the review was based on a revision that is no longer current
     */
    @Transactional
    public ClassificationReview review(UUID concernId, ProposedReview proposed, String reviewer) {
        Correction correction = ReviewPolicy.check(proposed);
        // Locks the classification row, so two reviewers of one concern are decided one after the other.
        Classification classification =
                classifications.findForUpdate(concernId).orElseThrow(() -> new ConcernNotFoundException(concernId));
        ReviewPolicy.Revised revised =
                ReviewPolicy.revise(classification.current(), correction, reviewer, clock.instant());
        if (!classifications.addRevision(revised.next())) {
            throw new StaleRevisionException(
                    concernId,
                    correction.basedOnRevision(),
                    classification.current().revision() + 1);
        }
        reviews.add(revised.review());
        outbox.append(EventType.CONCERN_CLASSIFIED_V2, concernId, concernId.toString(), revised.next());
        log.info(
                "Concern {} reviewed by {}: revision {} made, {} change(s)",
                revised.next().reference(),
                reviewer,
                revised.next().revision(),
                revised.review().changes().size());
        return revised.review();
    }
}
