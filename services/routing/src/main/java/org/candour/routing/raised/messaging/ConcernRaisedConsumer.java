package org.candour.routing.raised.messaging;

import java.util.function.Consumer;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.candour.routing.raised.RaisedConcerns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@code concernRaised-in-0}: every raised concern is known to routing, once. */
@Configuration(proxyBeanMethods = false)
class ConcernRaisedConsumer {

    @Bean
    Consumer<Message<byte[]>> concernRaised(IdempotentConsumer consumer, RaisedConcerns raisedConcerns) {
        return message ->
                consumer.consume(message, EventType.CONCERN_RAISED_V1, event -> raisedConcerns.record(event.data()));
    }
}
