package org.candour.delivery.casefile.messaging;

import java.util.function.Consumer;
import org.candour.delivery.casefile.SummariseConcern;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@code concernRaised-in-0}: every raised concern leaves a redacted summary, once. */
@Configuration(proxyBeanMethods = false)
class ConcernRaisedConsumer {

    @Bean
    Consumer<Message<byte[]>> concernRaised(IdempotentConsumer events, SummariseConcern summariseConcern) {
        return message ->
                events.consume(message, EventType.CONCERN_RAISED_V1, event -> summariseConcern.summarise(event.data()));
    }
}
