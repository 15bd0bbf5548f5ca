package org.candour.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.mock.MockProducerFactory;

/**
 * Each dead letter is counted once, by both paths, with the original topic, the group and the kind of reason
 * as tags; one that could not be published is not counted.
 */
class DeadLetterMeterTest {

    private static final String TOPIC = "candour.intake.concern-raised.v1";
    private static final String GROUP = "classification";

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final DeadLetterMeter meter = new DeadLetterMeter(registry);
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final KafkaTemplate<byte[], byte[]> kafka = new KafkaTemplate<>(new MockProducerFactory<>(() -> producer));
    private final DeadLetterPolicy policy = new DeadLetterPolicy(kafka, consumerSettings(), meter);
    private final DeadLetters deadLetters = new DeadLetters(kafka, meter);

    @Test
    void poisonIsCountedOnceAsPoisonWithItsTopicAndGroup() {
        policy.recoverer(GROUP).accept(record(), null, failed(new PoisonEventException("Data is not valid")));

        assertThat(count("poison")).isEqualTo(1);
        assertThat(count("retries-exhausted")).isZero();
        assertThat(producer.history()).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo(TOPIC + "." + GROUP + ".dlq");
            assertThat(new String(
                            dead.headers().lastHeader(DeadLetters.REASON_HEADER).value(), UTF_8))
                    .isEqualTo("poison: Data is not valid");
        });
    }

    @Test
    void aFailureStillThereWhenTheRetriesRunOutIsCountedAsRetriesExhausted() {
        policy.recoverer(GROUP).accept(record(), null, failed(new IllegalStateException("database down")));

        assertThat(count("retries-exhausted")).isEqualTo(1);
        assertThat(count("poison")).isZero();
    }

    @Test
    void aDeadLetterTheBrokerDidNotTakeIsNotCounted() {
        producer.sendException = new KafkaException("broker gone");

        assertThatException()
                .isThrownBy(() -> policy.recoverer(GROUP)
                        .accept(record(), null, failed(new PoisonEventException("Data is not valid"))));

        assertThat(count("poison")).isZero();
    }

    @Test
    void aRecordSetAsideAndGivenUpOnIsCountedAsWaitedOut() {
        deadLetters.publish(TOPIC, GROUP, null, "{}".getBytes(UTF_8), Map.of(), "its concern's raising");

        assertThat(count("waited-out")).isEqualTo(1);
        assertThat(registry.find(DeadLetterMeter.NAME).counters()).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordSetAsideThatTheBrokerDidNotTakeIsNotCounted() {
        KafkaOperations<byte[], byte[]> refusing = mock(KafkaOperations.class);
        when(refusing.send(any(ProducerRecord.class)))
                .thenReturn(CompletableFuture.failedFuture(new KafkaException("broker gone")));

        assertThatIllegalStateException()
                .isThrownBy(() -> new DeadLetters(refusing, meter)
                        .publish(TOPIC, GROUP, null, "{}".getBytes(UTF_8), Map.of(), "its concern's raising"));

        assertThat(registry.find(DeadLetterMeter.NAME).counters()).isEmpty();
    }

    @Test
    void eachTopicOfABindingIsListedAtZeroBeforeAnyDeadLetter() {
        AbstractMessageListenerContainer<?, ?> container = mock(AbstractMessageListenerContainer.class);

        policy.configure(container, TOPIC + ", candour.routing.case-routed.v1", GROUP, null, null);

        verify(container).setCommonErrorHandler(any(CommonErrorHandler.class));
        assertThat(registry.find(DeadLetterMeter.NAME).counters())
                .hasSize(4)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(registry.find(DeadLetterMeter.NAME)
                        .tags("topic", "candour.routing.case-routed.v1", "group", GROUP, "reason", "poison")
                        .counter())
                .isNotNull();
    }

    private double count(String reason) {
        Counter counter = registry.find(DeadLetterMeter.NAME)
                .tags("topic", TOPIC, "group", GROUP, "reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConsumerRecord<byte[], byte[]> record() {
        return new ConsumerRecord<>(TOPIC, 0, 42L, "key".getBytes(UTF_8), "{not json".getBytes(UTF_8));
    }

    /** As the listener container hands the failure to the error handler. */
    private static ListenerExecutionFailedException failed(Exception cause) {
        return new ListenerExecutionFailedException("Listener failed", cause);
    }

    private static MessagingProperties.Consumer consumerSettings() {
        return new MessagingProperties.Consumer(
                3, Duration.ofMillis(50), 2.0, Duration.ofSeconds(1), Duration.ofDays(30), Duration.ofHours(1));
    }
}
