package org.candour.messaging;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.candour.events.EventType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;

/** A minimal service that consumes concern-raised events and records an effect for each. */
@SpringBootApplication
class MessagingTestApplication {

    /** Failures still to inject before the handler starts succeeding. */
    static final AtomicInteger transientFailuresToInject = new AtomicInteger();

    @Bean
    Consumer<Message<byte[]>> concernRaised(IdempotentConsumer consumer, JdbcClient jdbc) {
        return message -> consumer.consume(message, EventType.CONCERN_RAISED_V1, event -> {
            jdbc.sql("insert into effect (event_id, reference) values (?, ?)")
                    .params(event.id(), event.data().reference())
                    .update();
            if (transientFailuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("database briefly unavailable (injected)");
            }
        });
    }
}
