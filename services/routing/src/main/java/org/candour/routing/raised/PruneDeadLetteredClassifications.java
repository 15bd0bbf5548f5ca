package org.candour.routing.raised;

import java.time.Clock;
import java.time.Instant;
import org.candour.routing.RoutingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes parked classifications dead-lettered longer ago than
 * {@code candour.routing.unknown-concern.keep-dead-lettered}, at start and then every
 * {@code candour.routing.unknown-concern.prune-interval}, so the rows of concerns never raised do not pile up.
 * Rows still waiting for their raising are never deleted. It follows the messaging module's processed-event
 * pruner: a bounded batch per statement, each its own transaction, so no delete holds locks for long; rows
 * another instance is deleting are skipped, so several routing instances prune side by side. The dead letter
 * itself stays on its topic.
 */
@Component
class PruneDeadLetteredClassifications {

    /** Rows deleted per statement. */
    static final int BATCH_SIZE = 1_000;

    private static final Logger log = LoggerFactory.getLogger(PruneDeadLetteredClassifications.class);

    private final ParkedClassifications parked;
    private final RoutingProperties.UnknownConcern settings;
    private final Clock clock;

    PruneDeadLetteredClassifications(ParkedClassifications parked, RoutingProperties properties, Clock clock) {
        this.parked = parked;
        this.settings = properties.unknownConcern();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${candour.routing.unknown-concern.prune-interval:1h}")
    void prune() {
        try {
            prune(clock.instant(), BATCH_SIZE);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not delete dead-lettered parked classifications; trying again at the next prune: {}",
                    e.getMessage());
        }
    }

    /**
     * Deletes every parked classification dead-lettered before {@code now} less the retention, batch by batch,
     * until a batch finds fewer than it may delete (or the thread is interrupted).
     *
     * @return how many were deleted
     */
    long prune(Instant now, int batchSize) {
        Instant cutoff = now.minus(settings.keepDeadLettered());
        long deleted = 0;
        int batch;
        do {
            batch = parked.deleteDeadLetteredBefore(cutoff, batchSize);
            deleted += batch;
        } while (batch == batchSize && !Thread.currentThread().isInterrupted());
        if (deleted > 0) {
            log.info(
                    "Deleted {} parked classifications dead-lettered before {} ({} kept); their dead letters stay"
                            + " on the dead-letter topic",
                    deleted,
                    cutoff,
                    settings.keepDeadLettered());
        }
        return deleted;
    }
}
