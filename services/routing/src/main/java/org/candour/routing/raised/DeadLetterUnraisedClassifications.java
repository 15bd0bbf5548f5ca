package org.candour.routing.raised;

import java.util.Optional;
import org.candour.messaging.DeadLetters;
import org.candour.messaging.IdempotentConsumer;
import org.candour.routing.RoutingProperties;
import org.candour.routing.raised.ParkedClassifications.Parked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives up on parked classifications whose concern's raising has not come within
 * {@code candour.routing.unknown-concern.wait-for-raising}: each goes to the classification topic's dead-letter topic as
 * it arrived, with the reason, and stays parked, marked, so that a raising that comes after all still routes
 * it. In the same transaction the idempotent consumer forgets the event, recorded as processed when it was
 * parked, so that replaying the dead letter applies it (routed if its concern has been raised by then, else parked
 * to wait again) instead of being skipped. One row per transaction, locked with {@code skip locked}, so several
 * routing instances sweep side by side and a failed publish leaves the row to the next sweep.
 */
@Component
class DeadLetterUnraisedClassifications {

    /** At most this many per sweep, so one sweep does not hold the scheduler long. */
    private static final int BATCH = 100;

    private final ParkedClassifications parked;
    private final DeadLetters deadLetters;
    private final IdempotentConsumer consumer;
    private final TransactionTemplate transaction;
    private final RoutingProperties.UnknownConcern settings;
    private final String topic;
    private final String group;

    DeadLetterUnraisedClassifications(
            ParkedClassifications parked,
            DeadLetters deadLetters,
            IdempotentConsumer consumer,
            PlatformTransactionManager transactions,
            RoutingProperties properties,
            @Value("${spring.cloud.stream.bindings.concernClassified-in-0.destination}") String topic,
            @Value("${spring.cloud.stream.bindings.concernClassified-in-0.group}") String group) {
        this.parked = parked;
        this.deadLetters = deadLetters;
        this.consumer = consumer;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = properties.unknownConcern();
        this.topic = topic;
        this.group = group;
    }

    @Scheduled(
            initialDelayString = "${candour.routing.unknown-concern.sweep-interval:10s}",
            fixedDelayString = "${candour.routing.unknown-concern.sweep-interval:10s}")
    void sweep() {
        int done = 0;
        while (done < BATCH && Boolean.TRUE.equals(transaction.execute(status -> deadLetterOldest()))) {
            done++;
        }
    }

    private boolean deadLetterOldest() {
        Optional<Parked> oldest = parked.oldestWaitedOut(settings.waitForRaising());
        oldest.ifPresent(classification -> {
            deadLetters.publish(
                    topic,
                    group,
                    classification.key(),
                    classification.value(),
                    classification.headers(),
                    "Concern " + classification.concernId() + " was not raised by intake within "
                            + settings.waitForRaising().toSeconds() + " seconds, so its classification is not routed"
                            + " (a later raising still routes it)");
            parked.markDeadLettered(classification);
            consumer.forget(classification.eventId());
        });
        return oldest.isPresent();
    }
}
