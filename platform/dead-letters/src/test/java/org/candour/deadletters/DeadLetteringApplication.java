package org.candour.deadletters;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.candour.events.EventType;
import org.candour.messaging.IdempotentConsumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * A consumer of raised concerns with Candour's messaging conventions, so that the integration test's dead letters
 * are made by the real dead-letter policy: poison at once, a failure that does not clear when its retries run out.
 */
@SpringBootApplication
class DeadLetteringApplication {

    /** Concern ids whose handling fails every time, as if their database were down. */
    static final Set<UUID> failing = ConcurrentHashMap.newKeySet();

    /** How often the handler applied each concern. */
    static final Map<UUID, Integer> applied = new ConcurrentHashMap<>();

    @Bean
    Consumer<Message<byte[]>> concernRaised(IdempotentConsumer consumer) {
        return message -> consumer.consume(message, EventType.CONCERN_RAISED_V1, event -> {
            UUID concernId = event.data().concernId();
            if (failing.contains(concernId)) {
                throw new IllegalStateException("database unavailable (injected)");
            }
            applied.merge(concernId, 1, Integer::sum);
        });
    }

    static int timesApplied(UUID concernId) {
        return applied.getOrDefault(concernId, 0);
    }
}
