package org.candour.delivery.notification.messaging;

import java.util.function.Consumer;
import org.candour.delivery.casefile.RoutedCases;
import org.candour.delivery.notification.RecordNotification;
import org.candour.delivery.sending.ScheduleDeliveries;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code caseRouted-in-0}: every routed case becomes a notification, once, is kept as routed
 * for the body's full case, and is owed to each active endpoint its body registered, all in the same
 * transaction.
 */
@Configuration(proxyBeanMethods = false)
class CaseRoutedConsumer {

    @Bean
    Consumer<Message<byte[]>> caseRouted(
            IdempotentConsumer events,
            RecordNotification recordNotification,
            RoutedCases routedCases,
            ScheduleDeliveries scheduleDeliveries) {
        return message -> events.consume(message, EventType.CASE_ROUTED_V1, event -> {
            var recorded = recordNotification.record(event.data());
            routedCases.record(event.data());
            recorded.ifPresent(
                    notification -> scheduleDeliveries.forNotification(notification.id(), notification.destination()));
        });
    }
}
