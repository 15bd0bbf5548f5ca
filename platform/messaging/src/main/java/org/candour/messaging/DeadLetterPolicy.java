package org.candour.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.candour.events.EventType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;

/**
 * Dead-letter defaults for every consumer binding: a poison record goes at once to
 * {@code <topic>.<group>.dlq}; a transient failure is retried with growing pauses and dead-lettered
 * only when the retries run out. The reason travels in the dead letter's headers, and the consumer
 * carries on with the next record. The topic's name and the reason follow {@link DeadLetters}. Each record
 * on the dead-letter topic is counted by {@link DeadLetterMeter}.
 */
final class DeadLetterPolicy implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

    private final KafkaOperations<byte[], byte[]> kafka;
    private final MessagingProperties.Consumer settings;
    private final DeadLetterMeter meter;

    DeadLetterPolicy(
            KafkaOperations<byte[], byte[]> kafka, MessagingProperties.Consumer settings, DeadLetterMeter meter) {
        this.kafka = kafka;
        this.settings = settings;
        this.meter = meter;
    }

    @Override
    public void configure(
            AbstractMessageListenerContainer<?, ?> container,
            String destinationName,
            String group,
            @Nullable BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
            @Nullable BackOff backOff) {
        for (String topic : destinationName.split(",")) {
            meter.register(topic.strip(), group, DeadLetters.Kind.POISON);
            meter.register(topic.strip(), group, DeadLetters.Kind.RETRIES_EXHAUSTED);
        }
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer(group), retries());
        handler.addNotRetryableExceptions(PoisonEventException.class);
        container.setCommonErrorHandler(handler);
    }

    /**
     * Publishes the record to its dead-letter topic with the reason, then counts it. A publish that fails
     * throws, so the record is not counted and the error handler tries it again.
     */
    ConsumerAwareRecordRecoverer recoverer(String group) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                kafka, (record, failure) -> new TopicPartition(EventType.deadLetterTopic(record.topic(), group), -1));
        recoverer.setHeadersFunction((record, failure) -> {
            String reason = DeadLetters.reason(failure);
            log.warn(
                    "Dead-lettering {}-{}@{} for {}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    group,
                    reason);
            return new RecordHeaders(
                    new RecordHeader[] {new RecordHeader(DeadLetters.REASON_HEADER, reason.getBytes(UTF_8))});
        });
        return (record, consumer, failure) -> {
            recoverer.accept(record, consumer, failure);
            meter.count(record.topic(), group, DeadLetters.Kind.of(failure));
        };
    }

    /** Retries and dead letters belong to the container, not the binding. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    private BackOff retries() {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(settings.maxAttempts() - 1);
        backOff.setInitialInterval(settings.initialBackoff().toMillis());
        backOff.setMultiplier(settings.multiplier());
        backOff.setMaxInterval(settings.maxBackoff().toMillis());
        return backOff;
    }
}
