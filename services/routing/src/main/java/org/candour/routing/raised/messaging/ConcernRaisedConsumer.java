package org.candour.routing.raised.messaging;

import java.util.function.Consumer;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.candour.routing.cases.RouteConcern;
import org.candour.routing.raised.ParkedClassifications;
import org.candour.routing.raised.RaisedConcerns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code concernRaised-in-0}: every raised concern is known to routing, once, and the classifications
 * that overtook its raising (parked, or already dead-lettered) are routed now, oldest first, in the same
 * transaction.
 */
@Configuration(proxyBeanMethods = false)
class ConcernRaisedConsumer {

    @Bean
    Consumer<Message<byte[]>> concernRaised(
            IdempotentConsumer consumer,
            RaisedConcerns raisedConcerns,
            ParkedClassifications parked,
            RouteConcern routeConcern) {
        return message -> consumer.consume(message, EventType.CONCERN_RAISED_V1, event -> {
            raisedConcerns.record(event.data());
            parked.release(event.data().concernId()).forEach(routeConcern::route);
        });
    }
}
