package org.candour.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the idempotent consumer's processed-event records once they are older than
 * {@code candour.messaging.consumer.processed-retention}, at start and then every
 * {@code prune-interval}, so the table stops growing. It deletes a bounded batch per statement, each
 * its own transaction, so no delete holds locks for long; rows another instance is deleting are
 * skipped, so replicas can prune side by side.
 */
final class ProcessedEventPruner implements SmartLifecycle {

    /** Rows deleted per statement. */
    static final int BATCH_SIZE = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventPruner.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessagingProperties.Consumer settings;
    private final int batchSize;
    private @Nullable ScheduledExecutorService scheduler;

    ProcessedEventPruner(JdbcClient jdbc, Clock clock, MessagingProperties.Consumer settings, int batchSize) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.batchSize = batchSize;
    }

    /**
     * Deletes every processed-event record older than the retention, batch by batch, until a batch
     * finds fewer than it may delete (or the pruner is stopped).
     *
     * @return how many records were deleted
     */
    long prune() {
        Instant cutoff = clock.instant().minus(settings.processedRetention());
        long deleted = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                            delete from processed_event
                            where (consumer, event_id) in (
                              select consumer, event_id from processed_event
                              where processed_at < ? limit ? for update skip locked)
                            """).params(Timestamp.from(cutoff), batchSize).update();
            deleted += batch;
        } while (batch == batchSize && !Thread.currentThread().isInterrupted());
        if (deleted > 0) {
            log.info(
                    "Pruned {} processed-event records older than {} ({} retention)",
                    deleted,
                    cutoff,
                    settings.processedRetention());
        }
        return deleted;
    }

    private void pruneAndCarryOn() {
        try {
            prune();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not prune processed-event records; trying again in {}: {}",
                    settings.pruneInterval(),
                    e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("processed-event-pruner").daemon().factory());
            scheduler.scheduleWithFixedDelay(
                    this::pruneAndCarryOn, 0, settings.pruneInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            // Interrupting ends the loop after the statement in flight; the statement itself commits or not.
            running.shutdownNow();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
