package org.candour.routing.delivered.messaging;

import java.util.function.Consumer;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.candour.routing.delivered.RecordDelivery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Records each case's delivery to its body once, however often the event is delivered. */
@Configuration(proxyBeanMethods = false)
class CaseDeliveredConsumer {

    @Bean
    Consumer<Message<byte[]>> caseDelivered(IdempotentConsumer consumer, RecordDelivery recordDelivery) {
        return message ->
                consumer.consume(message, EventType.CASE_DELIVERED_V1, event -> recordDelivery.record(event.data()));
    }
}
