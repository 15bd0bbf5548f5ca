package org.candour.intake.followup.messaging;

import java.util.function.Consumer;
import org.candour.events.EventType;
import org.candour.intake.followup.RecordProgress;
import org.candour.intake.followup.UnknownConcernException;
import org.candour.messaging.IdempotentConsumer;
import org.candour.messaging.PoisonEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Records each classification revision, each routed case, each case delivered to its body and each case status change
 * once, however often the event is delivered. An event about a concern intake never accepted can never apply, so it is dead-lettered
 * at once.
 */
@Configuration(proxyBeanMethods = false)
class ProgressConsumers {

    @Bean
    Consumer<Message<byte[]>> concernClassified(IdempotentConsumer consumer, RecordProgress progress) {
        return message -> consumer.consume(
                message,
                EventType.CONCERN_CLASSIFIED_V2,
                event -> poisonIfUnknown(() -> progress.classified(event.id(), event.data())));
    }

    @Bean
    Consumer<Message<byte[]>> caseRouted(IdempotentConsumer consumer, RecordProgress progress) {
        return message -> consumer.consume(
                message,
                EventType.CASE_ROUTED_V1,
                event -> poisonIfUnknown(() -> progress.routed(event.id(), event.data())));
    }

    @Bean
    Consumer<Message<byte[]>> caseStatusChanged(IdempotentConsumer consumer, RecordProgress progress) {
        return message -> consumer.consume(
                message,
                EventType.CASE_STATUS_CHANGED_V1,
                event -> poisonIfUnknown(() -> progress.statusChanged(event.id(), event.data())));
    }

    @Bean
    Consumer<Message<byte[]>> caseDelivered(IdempotentConsumer consumer, RecordProgress progress) {
        return message -> consumer.consume(
                message,
                EventType.CASE_DELIVERED_V1,
                event -> poisonIfUnknown(() -> progress.delivered(event.id(), event.data())));
    }

    private static void poisonIfUnknown(Runnable record) {
        try {
            record.run();
        } catch (UnknownConcernException e) {
            throw new PoisonEventException(e.getMessage(), e);
        }
    }
}
