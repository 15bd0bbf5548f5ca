package org.candour.delivery.sending;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.candour.delivery.SendingProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Polls the database for due deliveries, every interval and at once when new ones are committed,
 * and sends them on a bounded pool. Nothing is held in memory
 * between polls and no thread sleeps on a retry: a delivery's next attempt is a time in its row, so
 * retries survive restarts and any instance may make them. A poll claims no more deliveries than the
 * pool has free threads, so a claimed delivery never queues behind a slow endpoint's requests; each
 * endpoint's bulkhead keeps it to a few of those threads.
 */
@Component
class DeliveryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

    private final Deliveries deliveries;
    private final DeliverWebhook deliverWebhook;
    private final EndpointResilience resilience;
    private final SendingProperties settings;
    private final Clock clock;
    private final Semaphore freeThreads;
    /**
     * Notified whenever a sender finishes, so the poller can claim for an endpoint that was busy, and
     * when new deliveries are due.
     */
    private final Object finished = new Object();
    /** Set, under {@link #finished}, when deliveries became due since the poller last looked. */
    private boolean due;
    /** When the poller next pushes back the deliveries of paused or disabled endpoints; its own thread only. */
    private Instant nextInactiveSweep = Instant.MIN;

    private @Nullable ExecutorService poller;
    private @Nullable ExecutorService senders;

    DeliveryScheduler(
            Deliveries deliveries,
            DeliverWebhook deliverWebhook,
            EndpointResilience resilience,
            SendingProperties settings,
            Clock clock) {
        this.deliveries = deliveries;
        this.deliverWebhook = deliverWebhook;
        this.resilience = resilience;
        this.settings = settings;
        this.clock = clock;
        this.freeThreads = new Semaphore(settings.threads());
    }

    /**
     * Claims up to {@code limit} due deliveries and hands them to the senders.
     *
     * @return how many deliveries were claimed
     */
    int claimAndSend(int limit, List<UUID> busy) {
        ExecutorService pool = senders;
        if (pool == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Claim> claims = deliveries.claimDue(
                now, now.plus(settings.lease()), limit, settings.bulkhead().maxConcurrentCalls(), busy);
        if (!claims.isEmpty()) {
            log.debug("Claimed {} due deliveries", claims.size());
        }
        for (Claim claim : claims) {
            freeThreads.acquireUninterruptibly();
            pool.execute(() -> {
                try {
                    deliverWebhook.attempt(claim);
                } catch (RuntimeException e) {
                    // The claim stays until its lease ends, then the delivery is due again.
                    log.error(
                            "Delivery {} could not be attempted; it is due again when its lease ends",
                            claim.deliveryId(),
                            e);
                } finally {
                    freeThreads.release();
                    synchronized (finished) {
                        finished.notifyAll();
                    }
                }
            });
        }
        return claims.size();
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || poller != null) {
            return;
        }
        senders = Executors.newFixedThreadPool(
                settings.threads(),
                Thread.ofPlatform().name("delivery-sender-", 0).daemon(true).factory());
        poller = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("delivery-poller").daemon(true).factory());
        poller.execute(this::pollUntilStopped);
        log.info(
                "Sending every {} with {} threads, at most {} a poll",
                settings.pollInterval(),
                settings.threads(),
                settings.batchSize());
    }

    /** New deliveries were committed: look now rather than at the next tick. */
    @TransactionalEventListener(fallbackExecution = true)
    void deliveriesDue(DeliveriesDue event) {
        synchronized (finished) {
            due = true;
            finished.notifyAll();
        }
    }

    /** Polls every interval, and at once when deliveries become due, until stopped. */
    private void pollUntilStopped() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                pollSafely();
                synchronized (finished) {
                    long deadline = System.nanoTime() + settings.pollInterval().toNanos();
                    long left;
                    while (!due && (left = deadline - System.nanoTime()) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(finished, left);
                    }
                    due = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One tick: defers what waits on paused or disabled endpoints (at most once an interval), then claims as long as anything due
     * can be sent now. When every sender is busy, or what is due waits on an endpoint whose bulkhead
     * is full, it waits for a sender to finish rather than for the next tick, so a backlog drains at
     * the pace of the pool and of each endpoint, not a claim a tick.
     */
    private void pollSafely() {
        try {
            Instant now = clock.instant();
            // Once an interval, not at every wake-up: a burst of new deliveries need not sweep each time.
            if (!now.isBefore(nextInactiveSweep)) {
                deliveries.deferInactive(now, now.plus(settings.inactiveDeferral()));
                nextInactiveSweep = now.plus(settings.pollInterval());
            }
            while (true) {
                int free = freeThreads.availablePermits();
                if (free == 0) {
                    if (!freeThreads.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                    freeThreads.release();
                    continue;
                }
                List<UUID> busy = resilience.busyEndpoints();
                int claimed = claimAndSend(Math.min(free, settings.batchSize()), busy);
                if (claimed == 0) {
                    if (busy.isEmpty()) {
                        return;
                    }
                    // What is due may wait on a busy endpoint: look again as soon as a sender finishes.
                    synchronized (finished) {
                        finished.wait(settings.pollInterval().toMillis());
                    }
                    if (resilience.busyEndpoints().containsAll(busy)) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Polling for due deliveries failed; trying again in {}", settings.pollInterval(), e);
        }
    }

    /** Stops polling and lets the requests in flight finish and be recorded, so none is sent twice. */
    @Override
    public synchronized void stop() {
        if (poller == null || senders == null) {
            return;
        }
        poller.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(settings.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                log.warn("Requests still in flight at shutdown; their deliveries are due again when their lease ends");
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        poller = null;
        senders = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
