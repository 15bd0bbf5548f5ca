package org.candour.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.candour.events.CloudEventHeaders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka, oldest first, and deletes them once the broker has acknowledged
 * them. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances of a service can
 * relay side by side without publishing the same row at the same time. A crash between the
 * acknowledgement and the commit publishes a row again: consumers are idempotent.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final MessagingProperties.Relay settings;
    private @Nullable ScheduledExecutorService scheduler;
    private int consecutiveFailures;

    OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            KafkaTemplate<byte[], byte[]> kafka,
            MessagingProperties.Relay settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.settings = settings;
    }

    /**
     * Publishes one batch of pending rows.
     *
     * @return how many rows were published
     */
    public int relayBatch() {
        Integer published = transaction.execute(status -> {
            List<PendingEvent> batch = jdbc.sql("""
                            select event_id, topic, message_key, event_type, source, subject, occurred_at, payload
                            from outbox order by position limit ? for update skip locked
                            """)
                    .param(settings.batchSize())
                    .query(OutboxRelay::pendingEvent)
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            awaitAcknowledgements(batch.stream().map(this::send).toList());
            jdbc.sql("delete from outbox where event_id = any(?)")
                    .param(batch.stream().map(PendingEvent::id).toArray(UUID[]::new))
                    .update();
            return batch.size();
        });
        return published == null ? 0 : published;
    }

    /** How many events wait to be published. */
    public long pending() {
        return jdbc.sql("select count(*) from outbox").query(Long.class).single();
    }

    private CompletableFuture<?> send(PendingEvent event) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(
                event.topic(), event.key().getBytes(UTF_8), event.payload().getBytes(UTF_8));
        header(record, CloudEventHeaders.ID, event.id().toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SOURCE, event.source());
        header(record, CloudEventHeaders.SUBJECT, event.subject());
        header(record, CloudEventHeaders.TIME, event.occurredAt());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return kafka.send(record);
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the outbox", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the outbox batch", e);
        }
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(UTF_8)));
    }

    private static PendingEvent pendingEvent(ResultSet row, int rowNumber) throws SQLException {
        return new PendingEvent(
                row.getObject("event_id", UUID.class),
                row.getString("topic"),
                row.getString("message_key"),
                row.getString("event_type"),
                row.getString("source"),
                row.getString("subject"),
                DateTimeFormatter.ISO_INSTANT.format(
                        row.getTimestamp("occurred_at").toInstant()),
                row.getString("payload"));
    }

    private void relayContinuously() {
        Duration pause = settings.interval();
        try {
            int published = relayBatch();
            if (consecutiveFailures > 0) {
                log.info("Outbox relay publishing again after {} failed attempts", consecutiveFailures);
                consecutiveFailures = 0;
            }
            if (published == settings.batchSize()) {
                pause = Duration.ZERO;
            }
        } catch (RuntimeException e) {
            consecutiveFailures++;
            if (consecutiveFailures == 1 || consecutiveFailures % 20 == 0) {
                log.warn(
                        "Outbox relay could not publish (attempt {}); events stay in the outbox: {}",
                        consecutiveFailures,
                        e.getMessage());
            }
            pause = backoff();
        }
        ScheduledExecutorService running = scheduler;
        if (running != null && !running.isShutdown()) {
            running.schedule(this::relayContinuously, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Duration backoff() {
        Duration grown = settings.interval().multipliedBy(1L << Math.min(consecutiveFailures, 10));
        return grown.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : grown;
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("outbox-relay").daemon().factory());
            scheduler.execute(this::relayContinuously);
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private record PendingEvent(
            UUID id,
            String topic,
            String key,
            String type,
            String source,
            String subject,
            String occurredAt,
            String payload) {}
}
