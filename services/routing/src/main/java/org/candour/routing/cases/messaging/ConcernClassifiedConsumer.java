package org.candour.routing.cases.messaging;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.EventType;
import org.candour.messaging.DeadLetters;
import org.candour.messaging.IdempotentConsumer;
import org.candour.routing.cases.RouteConcern;
import org.candour.routing.raised.ParkedClassifications;
import org.candour.routing.raised.RaisedConcerns;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Routes each revision of a concern's classification once, however often the event is delivered, and only
 * for a concern intake raised. A classification of any other is parked, not retried, so the records behind
 * it are not held up: it is routed when its concern's raising arrives, or dead-lettered after a wait.
 */
@Configuration(proxyBeanMethods = false)
class ConcernClassifiedConsumer {

    @Bean
    Consumer<Message<byte[]>> concernClassified(
            IdempotentConsumer consumer,
            RaisedConcerns raisedConcerns,
            ParkedClassifications parked,
            RouteConcern routeConcern) {
        return message -> consumer.consume(message, EventType.CONCERN_CLASSIFIED_V2, event -> {
            ConcernClassifiedV2 classification = event.data();
            if (raisedConcerns.isRaised(classification.concernId())) {
                routeConcern.route(classification);
            } else {
                parked.park(
                        event.id(),
                        classification.concernId(),
                        key(message),
                        message.getPayload(),
                        DeadLetters.cloudEventHeaders(message.getHeaders()));
            }
        });
    }

    private static byte @Nullable [] key(Message<byte[]> message) {
        return switch (message.getHeaders().get(KafkaHeaders.RECEIVED_KEY)) {
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            case null, default -> null;
        };
    }
}
