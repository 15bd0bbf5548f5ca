package org.candour.classification.tagging.messaging;

import java.util.function.Consumer;
import org.candour.classification.tagging.ClassifyConcern;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Classifies every concern intake raises. Binding {@code concernRaised-in-0}; unreadable events go
 * to the dead-letter topic and failures are retried by the shared messaging conventions.
 */
@Configuration(proxyBeanMethods = false)
class ConcernRaisedConsumer {

    @Bean
    Consumer<Message<byte[]>> concernRaised(IdempotentConsumer consumer, ClassifyConcern classifyConcern) {
        return message ->
                consumer.consume(message, EventType.CONCERN_RAISED_V1, event -> classifyConcern.classify(event.data()));
    }
}
