package org.candour.delivery.notification.messaging;

import java.util.function.Consumer;
import org.candour.delivery.notification.RecordNotification;
import org.candour.delivery.sending.ScheduleDeliveries;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code caseRouted-in-0}: every routed case becomes a notification, once, owed in the same
 * transaction to each active endpoint its body registered.
 */
@Configuration(proxyBeanMethods = false)
class CaseRoutedConsumer {

    @Bean
    Consumer<Message<byte[]>> caseRouted(
            IdempotentConsumer events, RecordNotification recordNotification, ScheduleDeliveries scheduleDeliveries) {
        return message -> events.consume(
                message,
                EventType.CASE_ROUTED_V1,
                event -> recordNotification
                        .record(event.data())
                        .ifPresent(
                                recorded -> scheduleDeliveries.forNotification(recorded.id(), recorded.destination())));
    }
}
