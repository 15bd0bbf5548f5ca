package org.candour.classification.tagging;

import java.time.Clock;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.EventType;
import org.candour.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Classifies a raised concern by the tagging policy, records the tags and announces them. */
@Service
public class ClassifyConcern {

    private static final Logger log = LoggerFactory.getLogger(ClassifyConcern.class);

    private final TaggingPolicy policy;
    private final Classifications classifications;
    private final Outbox outbox;
    private final Clock clock;

    ClassifyConcern(TaggingPolicy policy, Classifications classifications, Outbox outbox, Clock clock) {
        this.policy = policy;
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
        Tags tags = policy.tag(concern.description(), concern.immediateDanger(), concern.reportedHarm());
        Classification classification = Classification.of(concern, tags, clock.instant());
        if (!classifications.add(classification)) {
            log.info("Concern {} is already classified; leaving it as it was", concern.reference());
            return;
        }
        outbox.append(
                EventType.CONCERN_CLASSIFIED_V1,
                concern.concernId(),
                concern.concernId().toString(),
                classification.classified());
        log.info(
                "Classified concern {} as {} with harm {} (urgent: {}, needs triage: {}, policy {})",
                concern.reference(),
                tags.primaryDomain(),
                tags.harm().level(),
                tags.urgent(),
                tags.needsTriage(),
                tags.policyVersion());
    }
}
