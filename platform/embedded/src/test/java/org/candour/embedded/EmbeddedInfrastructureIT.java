package org.candour.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureIT {

    @Test
    void brokerKeepsRecordsAcrossAStopAndRestartOnTheSamePort(@TempDir Path data) throws Exception {
        try (KafkaBroker broker = KafkaBroker.on(0, data).start()) {
            send(broker, "restart-check", "before");
            int port = broker.port();

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            assertThat(broker.port()).isEqualTo(port);
            send(broker, "restart-check", "after");
            assertThat(readAll(broker, "restart-check", 2)).containsExactly("before", "after");
        }
    }

    @Test
    void anEphemeralBrokerKeepsItsDataAcrossARestartAndRemovesItOnClose() throws Exception {
        Path data;
        try (KafkaBroker broker = KafkaBroker.ephemeral().start()) {
            data = broker.dataDirectory();
            send(broker, "ephemeral", "kept");
            broker.stop();
            broker.start();
            assertThat(readAll(broker, "ephemeral", 1)).containsExactly("kept");
            assertThat(data).isDirectory();
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void postgresKeepsDatabasesBetweenRunsAndStopsAPostmasterLeftBehind(@TempDir Path data) throws Exception {
        PostgresServer first = PostgresServer.start(0, data).createDatabases(List.of("intake"));
        long postmasterPid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());

        // What the next run does when the launcher was killed and its postmaster survived.
        PostgresServer.stopStalePostmaster(data);

        assertThat(ProcessHandle.of(postmasterPid).filter(ProcessHandle::isAlive))
                .isEmpty();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        closeQuietly(first);

        try (PostgresServer second = PostgresServer.start(0, data);
                Connection connection = DriverManager.getConnection(second.jdbcUrl("intake"), PostgresServer.USER, "");
                ResultSet row = connection.createStatement().executeQuery("select current_database()")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("intake");
        }
    }

    private static void closeQuietly(PostgresServer server) {
        try {
            server.close();
        } catch (RuntimeException alreadyStopped) {
            // The postmaster was stopped behind the server's back, as after a killed run.
        }
    }

    private static void send(KafkaBroker broker, String topic, String value) throws Exception {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all"));
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, 0, "key", value)).get();
        }
    }

    private static List<String> readAll(KafkaBroker broker, String topic, int expected) {
        Properties p = new Properties();
        p.putAll(Map.of(
                "bootstrap.servers",
                broker.bootstrapServers(),
                "group.id",
                "check-" + System.nanoTime(),
                "auto.offset.reset",
                "earliest"));
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                records.forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }
}
