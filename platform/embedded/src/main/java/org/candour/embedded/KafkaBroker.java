package org.candour.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one), listening on loopback.
 * It keeps its log directory between {@link #stop()} and {@link #start()}, so a test can take the
 * broker away and bring it back on the same port with the same data; an {@link #ephemeral()} broker
 * removes it on {@link #close()}.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;
    private final Map<String, String> overrides;
    private final boolean removedOnClose;
    private @Nullable KafkaRaftServer server;

    private KafkaBroker(
            int port, int controllerPort, Path dataDirectory, Map<String, String> overrides, boolean removedOnClose) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory;
        this.overrides = Map.copyOf(overrides);
        this.removedOnClose = removedOnClose;
    }

    /** A broker on the given port (0 picks a free one) that keeps its data in {@code dataDirectory}. */
    public static KafkaBroker on(int port, Path dataDirectory) {
        return on(port, dataDirectory, Map.of());
    }

    public static KafkaBroker on(int port, Path dataDirectory, Map<String, String> overrides) {
        int brokerPort = port == 0 ? FreePorts.pick() : port;
        return new KafkaBroker(brokerPort, FreePorts.pick(), dataDirectory, overrides, false);
    }

    /**
     * A broker on a free port with its data in a fresh temporary directory, kept across {@link #stop()} and
     * {@link #start()} and removed on {@link #close()}: every test run would otherwise leave one behind.
     */
    public static KafkaBroker ephemeral() {
        try {
            return new KafkaBroker(
                    FreePorts.pick(), FreePorts.pick(), Files.createTempDirectory("candour-kafka-"), Map.of(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        Properties properties = properties();
        formatStorageOnce(properties);
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        log.info(
                "Kafka broker ready on {} in {} ms (data in {})",
                bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000,
                dataDirectory);
        return this;
    }

    /** Shuts the broker down cleanly; its data stays for the next {@link #start()}. */
    public synchronized void stop() {
        KafkaRaftServer running = server;
        if (running == null) {
            return;
        }
        server = null;
        running.shutdown();
        running.awaitShutdown();
        log.info("Kafka broker on {} stopped", bootstrapServers());
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops the broker; an {@link #ephemeral()} one's data directory is removed too. */
    @Override
    public void close() {
        stop();
        if (removedOnClose) {
            try (Stream<Path> paths = Files.walk(dataDirectory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the Kafka data in " + dataDirectory, e);
            }
        }
    }

    /** Where the broker keeps its log. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDirectory.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // A restart after the process was killed otherwise waits out the previous broker session.
        p.put("broker.session.timeout.ms", "3000");
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("log.flush.interval.messages", "1");
        p.putAll(overrides);
        return p;
    }

    private void formatStorageOnce(Properties properties) {
        try {
            Files.createDirectories(dataDirectory);
            if (Files.exists(dataDirectory.resolve("meta.properties"))) {
                return;
            }
            Path config = Files.createTempFile("candour-kafka-", ".properties");
            try (var out = Files.newOutputStream(config)) {
                properties.store(out, "Candour embedded Kafka");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = StorageTool.execute(
                    new String[] {
                        "format", "--cluster-id", clusterId(), "--config", config.toString(), "--ignore-formatted"
                    },
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.deleteIfExists(config);
            if (exit != 0) {
                throw new IllegalStateException("Formatting Kafka storage in " + dataDirectory + " failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka storage in " + dataDirectory, e);
        }
    }

    private static String clusterId() {
        return Uuid.randomUuid().toString();
    }
}
