package org.candour.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the records this service dead-letters, so that an operator can see one arrive and alert on it
 * rather than find a log line: {@value #NAME}, tagged {@code topic} (the record's original topic),
 * {@code group} (the consumer group that gave up on it) and {@code reason} ({@code poison},
 * {@code retries-exhausted} or {@code waited-out}, never the failure's message, so the series stay few).
 * A record is counted once it is on its dead-letter topic, not when publishing it fails and it is tried again.
 */
final class DeadLetterMeter {

    /** The counter's name; Prometheus would call it {@code candour_messaging_dead_letters_total}. */
    static final String NAME = "candour.messaging.dead.letters";

    private final MeterRegistry registry;

    DeadLetterMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One more record of the topic dead-lettered by the group for this kind of reason. */
    void count(String topic, String group, DeadLetters.Kind reason) {
        counter(topic, group, reason).increment();
    }

    /**
     * Registers the count at zero before any dead letter, so that it is listed from the start and an alert on
     * any increase also sees the first.
     */
    void register(String topic, String group, DeadLetters.Kind reason) {
        counter(topic, group, reason);
    }

    private Counter counter(String topic, String group, DeadLetters.Kind reason) {
        return Counter.builder(NAME)
                .description("Records dead-lettered to <topic>.<group>.dlq")
                .tag("topic", topic)
                .tag("group", group)
                .tag("reason", reason.tag())
                .register(registry);
    }
}
