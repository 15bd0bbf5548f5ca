package org.candour.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every service the shared messaging conventions: its outbox tables (migrated with the
 * service's own), the outbox and its relay, the idempotent consumer and the pruning of its records,
 * and the dead-letter defaults with their count.
 */
@AutoConfiguration(
        before = {KafkaAutoConfiguration.class, FlywayAutoConfiguration.class},
        after = {
            JacksonAutoConfiguration.class,
            JdbcClientAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class
        })
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    static final String MIGRATIONS = "classpath:db/messaging";

    @Bean
    FlywayConfigurationCustomizer candourMessagingMigrations() {
        return configuration -> configuration.locations(
                Stream.concat(Stream.of(configuration.getLocations()).map(Object::toString), Stream.of(MIGRATIONS))
                        .distinct()
                        .toArray(String[]::new));
    }

    /**
     * The producer for outbox events and dead letters. Bytes in, bytes out: the relay publishes JSON
     * it already holds, and a dead letter is the original record unchanged. Waits at most a few
     * seconds for a missing broker, so the relay backs off instead of hanging.
     */
    @Bean
    @ConditionalOnMissingBean(name = "candourKafkaTemplate")
    KafkaTemplate<byte[], byte[]> candourKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new Outbox(jdbc, json, clock);
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            KafkaTemplate<byte[], byte[]> candourKafkaTemplate,
            MessagingProperties properties) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactions), candourKafkaTemplate, properties.relay());
    }

    @Bean
    IdempotentConsumer idempotentConsumer(
            @Value("${spring.application.name}") String consumer,
            JdbcClient jdbc,
            JsonMapper json,
            PlatformTransactionManager transactions) {
        return new IdempotentConsumer(consumer, new EventReader(json), jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    ProcessedEventPruner processedEventPruner(JdbcClient jdbc, Clock clock, MessagingProperties properties) {
        return new ProcessedEventPruner(jdbc, clock, properties.consumer(), ProcessedEventPruner.BATCH_SIZE);
    }

    /** Counts dead letters in the registry Spring Boot's actuator provides, shown at {@code /actuator/metrics}. */
    @Bean
    DeadLetterMeter deadLetterMeter(MeterRegistry registry) {
        return new DeadLetterMeter(registry);
    }

    @Bean
    DeadLetters deadLetters(KafkaTemplate<byte[], byte[]> candourKafkaTemplate, DeadLetterMeter deadLetterMeter) {
        return new DeadLetters(candourKafkaTemplate, deadLetterMeter);
    }

    @Bean
    DeadLetterPolicy deadLetterPolicy(
            KafkaTemplate<byte[], byte[]> candourKafkaTemplate,
            MessagingProperties properties,
            DeadLetterMeter deadLetterMeter) {
        return new DeadLetterPolicy(candourKafkaTemplate, properties.consumer(), deadLetterMeter);
    }
}
