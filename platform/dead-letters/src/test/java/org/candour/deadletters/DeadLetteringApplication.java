package org.candour.deadletters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.candour.events.AffectedPerson;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedBefore;
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

    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

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

    /** A concern raised, with a new id and a reference no other run has used. */
    static ConcernRaisedV1 raised() {
        return new ConcernRaisedV1(
                UUID.randomUUID(),
                "QC-2026-" + REFERENCES.incrementAndGet(),
                Instant.now(),
                new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null),
                null,
                new Occurred(LocalDate.of(2026, 11, 20), null),
                "A test concern",
                List.of(AffectedPerson.PATIENT),
                HarmLevel.UNKNOWN,
                false,
                List.of(),
                RaisedBefore.notRaised(),
                IdentityChoice.ANONYMOUS);
    }
}
