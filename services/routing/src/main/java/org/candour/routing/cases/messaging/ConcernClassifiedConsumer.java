package org.candour.routing.cases.messaging;

import java.util.function.Consumer;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.candour.routing.cases.RouteConcern;
import org.candour.routing.raised.RaisedConcerns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Routes each revision of a concern's classification once, however often the event is delivered, and only
 * for a concern intake raised: any other is retried, then dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class ConcernClassifiedConsumer {

    @Bean
    Consumer<Message<byte[]>> concernClassified(
            IdempotentConsumer consumer, RaisedConcerns raisedConcerns, RouteConcern routeConcern) {
        return message -> consumer.consume(message, EventType.CONCERN_CLASSIFIED_V2, event -> {
            raisedConcerns.requireRaised(event.data().concernId());
            routeConcern.route(event.data());
        });
    }
}
