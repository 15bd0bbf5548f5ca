package org.candour.delivery.notification.messaging;

import java.util.function.Consumer;
import org.candour.delivery.casefile.RoutedCases;
import org.candour.delivery.notification.RecordNotification;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code caseRouted-in-0}: every routed case becomes a notification, once, and is kept as routed
 * for the body's full case, in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class CaseRoutedConsumer {

    @Bean
    Consumer<Message<byte[]>> caseRouted(
            IdempotentConsumer events, RecordNotification recordNotification, RoutedCases routedCases) {
        return message -> events.consume(message, EventType.CASE_ROUTED_V1, event -> {
            recordNotification.record(event.data());
            routedCases.record(event.data());
        });
    }
}
