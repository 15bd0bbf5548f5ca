package org.candour.classification.tagging;

import java.time.Clock;
import org.candour.classification.analysis.Answers;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.Findings;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.EventType;
import org.candour.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Classifies a raised concern by the taxonomy, records the findings as revision 1 and announces them. */
@Service
public class ClassifyConcern {

    private static final Logger log = LoggerFactory.getLogger(ClassifyConcern.class);

    private final Classifier classifier;
    private final Classifications classifications;
    private final Outbox outbox;
    private final Clock clock;

    ClassifyConcern(Classifier classifier, Classifications classifications, Outbox outbox, Clock clock) {
        this.classifier = classifier;
        this.classifications = classifications;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Classifies the concern once: a concern already classified, even under another event id, is
     * left as it was and announced no second time. Joins the caller's transaction (the idempotent
     * consumer's), so the row, the outbox event and the processed-event record commit together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void classify(ConcernRaisedV1 concern) {
        Findings findings = classifier.classify(concern.description(), Answers.of(concern));
        ConcernClassifiedV2 classified = Classification.classifierRevision(concern, findings, clock.instant());
        if (!classifications.add(classified, findings)) {
            log.info("Concern {} is already classified; leaving it as it was", concern.reference());
            return;
        }
        outbox.append(
                EventType.CONCERN_CLASSIFIED_V2,
                concern.concernId(),
                concern.concernId().toString(),
                classified);
        log.info(
                "Classified concern {} as {} with harm {} (urgent: {}, needs triage: {} {}, taxonomy {})",
                concern.reference(),
                classified.primaryDomain(),
                classified.harm().level(),
                findings.urgent(),
                findings.needsTriage(),
                findings.triageReasons(),
                findings.taxonomyVersion());
    }
}
