package org.candour.messaging;

import java.util.UUID;
import java.util.function.Consumer;
import org.candour.events.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event at most once per consumer: the processed-event record is written in the same
 * transaction as the handler's effect, so a redelivered event changes nothing. Anything the handler
 * appends to the {@link Outbox} commits in that transaction too.
 */
public final class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final String consumer;
    private final EventReader reader;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    IdempotentConsumer(String consumer, EventReader reader, JdbcClient jdbc, TransactionTemplate transaction) {
        this.consumer = consumer;
        this.reader = reader;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Reads the message as an event of the expected type and applies it once.
     *
     * @throws PoisonEventException if the message can never be read as that event
     */
    public <T> void consume(Message<byte[]> message, EventType<T> expected, Consumer<ReceivedEvent<T>> handler) {
        ReceivedEvent<T> event = reader.read(message, expected);
        transaction.executeWithoutResult(status -> {
            int recorded = jdbc.sql(
                            "insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing")
                    .params(consumer, event.id())
                    .update();
            if (recorded == 0) {
                log.info("Skipping {} {}: {} already processed it", event.type(), event.id(), consumer);
                return;
            }
            handler.accept(event);
        });
    }

    /**
     * Forgets that this consumer applied the event, so that the event delivered again, as a replayed dead letter
     * is, is applied again instead of skipped. For a consumer that set the event aside and has given up on it
     * ({@link DeadLetters#publish}): it was recorded as processed when it was set aside, yet its effect never came.
     * Runs in the caller's transaction, so the record goes only if the caller's giving up commits.
     *
     * @return whether there was a record to forget (none once it was pruned)
     * @throws IllegalStateException outside a transaction
     */
    public boolean forget(UUID eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("IdempotentConsumer.forget needs the transaction of the giving up");
        }
        return jdbc.sql("delete from processed_event where consumer = ? and event_id = ?")
                        .params(consumer, eventId)
                        .update()
                == 1;
    }
}
