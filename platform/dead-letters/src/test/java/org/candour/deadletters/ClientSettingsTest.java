package org.candour.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSettingsTest {

    @TempDir
    Path directory;

    @Test
    void connectsToTheEmbeddedBrokerWhenToldNothingElse() {
        Properties properties = ClientSettings.properties(null, null, "127.0.0.1:19092");

        assertThat(properties.getProperty("bootstrap.servers")).isEqualTo("127.0.0.1:19092");
        assertThat(properties.getProperty("request.timeout.ms")).isEqualTo("10000");
    }

    @Test
    void takesTheCommandConfigsPropertiesAndServersButTheOptionsServersFirst() throws IOException {
        Path config = Files.writeString(directory.resolve("client.properties"), """
                bootstrap.servers=broker.example:9093
                security.protocol=SASL_SSL
                request.timeout.ms=30000
                """);

        Properties fromFile = ClientSettings.properties(null, config, "127.0.0.1:9092");
        Properties fromOption = ClientSettings.properties("other.example:9093", config, "127.0.0.1:9092");

        assertThat(fromFile.getProperty("bootstrap.servers")).isEqualTo("broker.example:9093");
        assertThat(fromFile.getProperty("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(fromFile.getProperty("request.timeout.ms")).isEqualTo("30000");
        assertThat(fromOption.getProperty("bootstrap.servers")).isEqualTo("other.example:9093");
    }

    @Test
    void refusesACommandConfigItCannotRead() {
        Path missing = directory.resolve("missing.properties");

        assertThatThrownBy(() -> ClientSettings.properties(null, missing, "127.0.0.1:9092"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Cannot read the --command-config file " + missing);
    }
}
