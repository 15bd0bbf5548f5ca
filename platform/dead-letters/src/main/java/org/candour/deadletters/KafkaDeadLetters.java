package org.candour.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.candour.events.DeadLetterTopic;
import org.jspecify.annotations.Nullable;

/**
 * The cluster as the tool sees it: its topics (from the Admin client), the records on a topic read from its start
 * up to its end as it was when asked (without joining a consumer group or committing anything), and a producer for
 * replays. Every wait is bounded; a cluster that does not answer is a {@link RefusedException} saying so.
 */
final class KafkaDeadLetters implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Properties settings;
    private final String servers;
    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private @Nullable KafkaProducer<byte[], byte[]> producer;

    KafkaDeadLetters(Properties settings) {
        this.settings = settings;
        this.servers = settings.getProperty(ClientSettings.BOOTSTRAP_SERVERS);
        this.admin = Admin.create(settings);
        Properties reading = new Properties();
        reading.putAll(settings);
        // Read as an observer: no group, no committed offsets, and no topic created by asking about it.
        reading.remove(ConsumerConfig.GROUP_ID_CONFIG);
        reading.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        reading.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        reading.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(reading, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The bootstrap servers, to name the cluster in messages. */
    String servers() {
        return servers;
    }

    /** The dead-letter topics on the cluster, by name. */
    List<String> deadLetterTopics() {
        return topics().stream()
                .filter(topic -> DeadLetterTopic.parse(topic).isPresent())
                .sorted()
                .toList();
    }

    boolean exists(String topic) {
        return topics().contains(topic);
    }

    /**
     * @throws RefusedException if the dead-letter topic is not on the cluster, naming those that are
     */
    void requireDeadLetterTopic(String topic) {
        if (!exists(topic)) {
            List<String> known = deadLetterTopics();
            throw new RefusedException("There is no topic " + topic + " on " + servers + ". "
                    + (known.isEmpty()
                            ? "It has no dead-letter topics at all."
                            : "Its dead-letter topics are: " + String.join(", ", known) + "."));
        }
    }

    /** Every record on the topic now, partition by partition, oldest first. */
    List<DeadLetter> readAll(String topic) {
        List<TopicPartition> partitions = partitions(topic).stream()
                .map(partition -> new TopicPartition(topic, partition))
                .toList();
        Map<TopicPartition, Long> begin = kafka(() -> consumer.beginningOffsets(partitions, WAIT));
        Map<TopicPartition, Long> end = kafka(() -> consumer.endOffsets(partitions, WAIT));
        List<TopicPartition> holding = partitions.stream()
                .filter(partition -> begin.get(partition) < end.get(partition))
                .toList();
        List<DeadLetter> found = new ArrayList<>();
        if (!holding.isEmpty()) {
            consumer.assign(holding);
            holding.forEach(partition -> consumer.seek(partition, begin.get(partition)));
            long lastProgress = System.nanoTime();
            while (holding.stream().anyMatch(partition -> position(partition) < end.get(partition))) {
                var records = kafka(() -> consumer.poll(POLL));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        found.add(DeadLetter.of(record));
                    }
                }
                if (!records.isEmpty()) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > WAIT.toNanos()) {
                    throw new RefusedException("Reading " + topic + " from " + servers + " stalled for "
                            + WAIT.toSeconds() + " s; try again, or check the cluster's health");
                }
            }
            consumer.assign(List.of());
        }
        found.sort(Comparator.comparingInt(DeadLetter::partition).thenComparingLong(DeadLetter::offset));
        return found;
    }

    /**
     * The record at the position.
     *
     * @throws RefusedException if the topic has no such partition, or the partition no record at that offset
     */
    DeadLetter read(String topic, RecordPosition position) {
        List<Integer> partitions = partitions(topic);
        if (!partitions.contains(position.partition())) {
            throw new RefusedException(topic + " has no partition " + position.partition() + ": it has partitions "
                    + partitions + "; 'list --topic " + topic + "' shows where its dead letters are");
        }
        TopicPartition partition = new TopicPartition(topic, position.partition());
        long begin =
                kafka(() -> consumer.beginningOffsets(List.of(partition), WAIT)).get(partition);
        long end = kafka(() -> consumer.endOffsets(List.of(partition), WAIT)).get(partition);
        if (position.offset() < begin || position.offset() >= end) {
            String holds = "partition " + position.partition()
                    + (begin == end
                            ? " holds no records now"
                            : end - begin == 1
                                    ? " holds offset " + begin + " only"
                                    : " holds offsets " + begin + " to " + (end - 1));
            throw new RefusedException("There is no record at " + topic + " " + position + ": " + holds
                    + "; 'list --topic " + topic + "' shows what is there");
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, position.offset());
        long lastProgress = System.nanoTime();
        try {
            while (position(partition) < end) {
                var records = kafka(() -> consumer.poll(POLL));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (record.offset() == position.offset()) {
                        return DeadLetter.of(record);
                    }
                    if (record.offset() > position.offset()) {
                        throw new RefusedException("There is no record at " + topic + " " + position
                                + " (a transaction marker, or a record compacted away); 'list --topic " + topic
                                + "' shows what is there");
                    }
                }
                if (!records.isEmpty()) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > WAIT.toNanos()) {
                    throw new RefusedException("Reading " + topic + " " + position + " from " + servers
                            + " stalled for " + WAIT.toSeconds() + " s; try again, or check the cluster's health");
                }
            }
        } finally {
            consumer.assign(List.of());
        }
        throw new RefusedException("There is no record at " + topic + " " + position
                + " (a transaction marker, or a record compacted away); 'list --topic " + topic
                + "' shows what is there");
    }

    /**
     * Publishes the record and waits until the cluster has it.
     *
     * @throws RefusedException if the cluster does not take it
     */
    RecordMetadata publish(ProducerRecord<byte[], byte[]> record) {
        try {
            return producer().send(record).get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new RefusedException(
                    "Could not publish to " + record.topic() + " on " + servers + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedException("Interrupted while publishing to " + record.topic(), e);
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        consumer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Properties writing = new Properties();
            writing.putAll(settings);
            writing.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
            writing.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            writing.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(WAIT.toMillis()));
            writing.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(WAIT.toMillis() * 2));
            producer = new KafkaProducer<>(writing, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private Set<String> topics() {
        try {
            return admin.listTopics().names().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw unreachable(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedException("Interrupted while asking " + servers + " for its topics", e);
        }
    }

    private List<Integer> partitions(String topic) {
        List<PartitionInfo> infos = kafka(() -> consumer.partitionsFor(topic, WAIT));
        return infos.stream().map(PartitionInfo::partition).sorted().toList();
    }

    private long position(TopicPartition partition) {
        return kafka(() -> consumer.position(partition, WAIT));
    }

    private <T> T kafka(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (KafkaException e) {
            throw unreachable(e);
        }
    }

    private RefusedException unreachable(Throwable cause) {
        return new RefusedException(
                "Kafka at " + servers + " did not answer, or refused (" + cause + "). Is the embedded default running"
                        + " (./candour)? For another cluster, pass --bootstrap-server host:port, and --command-config"
                        + " <file> with its client properties.",
                cause);
    }
}
