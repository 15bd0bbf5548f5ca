package org.candour.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.candour.embedded.KafkaBroker;
import org.candour.embedded.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One Kafka broker and one PostgreSQL server per test JVM, started on first use and stopped when
 * the JVM exits. Each service under test gets its own database, as in production.
 *
 * <p>Where a Docker engine is available the same tests run against Testcontainers instead; set
 * {@code -Dcandour.test.infrastructure=embedded} to force the embedded servers.
 */
public abstract sealed class Infrastructure permits Infrastructure.Embedded, Infrastructure.Containers {

    private static Infrastructure shared;

    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = dockerWanted() ? new Containers() : new Embedded();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::shutdown, "candour-test-infrastructure"));
        }
        return shared;
    }

    /** Points a Spring context at the shared broker and at {@code database}, creating it if needed. */
    public void register(String database, DynamicPropertyRegistry registry) {
        createDatabase(database);
        registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
        registry.add("spring.datasource.url", () -> jdbcUrl(database));
        registry.add("spring.datasource.username", this::username);
        registry.add("spring.datasource.password", this::password);
    }

    public abstract String kafkaBootstrapServers();

    public abstract String jdbcUrl(String database);

    public abstract String username();

    public abstract String password();

    /** Takes the broker away, keeping its data, to test what happens during an outage. */
    public abstract void stopKafka();

    /** Brings the broker back on the same address with the same data. */
    public abstract void startKafka();

    /** Whether {@link #stopKafka()} and {@link #startKafka()} keep the broker's address. */
    public abstract boolean canRestartKafka();

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username(), password());
    }

    abstract void createDatabase(String database);

    abstract void shutdown();

    private static boolean dockerWanted() {
        String choice = System.getProperty("candour.test.infrastructure", "auto");
        return switch (choice) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> dockerAvailable();
        };
    }

    private static boolean dockerAvailable() {
        // Asking Testcontainers where plainly there is no engine only logs an alarming error.
        if (System.getenv("DOCKER_HOST") == null
                && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static final class Embedded extends Infrastructure {
        private final KafkaBroker kafka = KafkaBroker.ephemeral().start();
        private final PostgresServer postgres = PostgresServer.ephemeral();

        @Override
        public String kafkaBootstrapServers() {
            return kafka.bootstrapServers();
        }

        @Override
        public String jdbcUrl(String database) {
            return postgres.jdbcUrl(database);
        }

        @Override
        public String username() {
            return PostgresServer.USER;
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public void stopKafka() {
            kafka.stop();
        }

        @Override
        public void startKafka() {
            kafka.start();
        }

        @Override
        public boolean canRestartKafka() {
            return true;
        }

        @Override
        void createDatabase(String database) {
            postgres.createDatabases(List.of(database));
        }

        @Override
        void shutdown() {
            kafka.close();
            postgres.close();
        }
    }

    static final class Containers extends Infrastructure {
        private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:18");

        Containers() {
            kafka.start();
            postgres.start();
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }

        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + database;
        }

        @Override
        public String username() {
            return postgres.getUsername();
        }

        @Override
        public String password() {
            return postgres.getPassword();
        }

        @Override
        public void stopKafka() {
            kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
        }

        @Override
        public void startKafka() {
            kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
        }

        @Override
        public boolean canRestartKafka() {
            return true;
        }

        @Override
        void createDatabase(String database) {
            try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), username(), password());
                    var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database " + database);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create database " + database, e);
            }
        }

        @Override
        void shutdown() {
            kafka.stop();
            postgres.stop();
        }
    }
}
