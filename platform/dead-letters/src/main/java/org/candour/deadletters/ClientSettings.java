package org.candour.deadletters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The Kafka client properties the tool connects with: short timeouts (an operator waiting on a broker that is not
 * there should hear so in seconds, not minutes), then the {@code --command-config} file's properties over them,
 * then the bootstrap servers: {@code --bootstrap-server}, else the file's {@code bootstrap.servers}, else the
 * embedded default's broker.
 */
final class ClientSettings {

    /** The launcher's property for the embedded broker's port, as in {@code ./candour -Dcandour.kafka.port=19092}. */
    static final String KAFKA_PORT = "candour.kafka.port";

    static final String BOOTSTRAP_SERVERS = "bootstrap.servers";

    private ClientSettings() {}

    /** The embedded default's broker: {@code 127.0.0.1:9092}, or the port {@code -Dcandour.kafka.port} gives. */
    static String embeddedBroker() {
        return "127.0.0.1:" + Integer.getInteger(KAFKA_PORT, 9092);
    }

    /**
     * @throws RefusedException if the command-config file cannot be read
     */
    static Properties properties(@Nullable String bootstrapServer, @Nullable Path commandConfig, String fallback) {
        Properties properties = new Properties();
        properties.put("request.timeout.ms", "10000");
        properties.put("default.api.timeout.ms", "15000");
        properties.put("client.id", "candour-dead-letters");
        if (commandConfig != null) {
            properties.putAll(read(commandConfig));
        }
        if (bootstrapServer != null) {
            properties.put(BOOTSTRAP_SERVERS, bootstrapServer);
        } else {
            properties.putIfAbsent(BOOTSTRAP_SERVERS, fallback);
        }
        return properties;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new RefusedException(
                    "Cannot read the --command-config file " + file + " (" + e + "): give a readable file of Kafka"
                            + " client properties, one name=value a line",
                    e);
        }
        return properties;
    }
}
