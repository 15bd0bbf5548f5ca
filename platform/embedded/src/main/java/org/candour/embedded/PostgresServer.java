package org.candour.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from embedded binaries, on loopback. With a data directory it keeps its
 * data between runs, and first stops a postmaster left behind by a run that was killed.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on the given port (0 picks a free one), keeping its data in {@code dataDirectory}. */
    public static PostgresServer start(int port, Path dataDirectory) {
        stopStalePostmaster(dataDirectory);
        return start(port, dataDirectory, false);
    }

    /** Starts PostgreSQL on a free port with its data in a fresh temporary directory, removed on close. */
    public static PostgresServer ephemeral() {
        try {
            return start(0, Files.createTempDirectory("candour-postgres-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PostgresServer start(int port, Path dataDirectory, boolean clean) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? FreePorts.pick() : port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Whoever started the server stops it, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start();
            log.info(
                    "PostgreSQL ready on 127.0.0.1:{} in {} ms (data in {})",
                    postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000,
                    dataDirectory);
            return new PostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start with data in " + dataDirectory, e);
        }
    }

    /** Creates each database that does not exist yet. Each service owns one database. */
    public PostgresServer createDatabases(List<String> names) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            for (String name : names) {
                if (!DATABASE_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a plain database name: " + name);
                }
                try (PreparedStatement exists =
                        connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet rows = exists.executeQuery()) {
                        if (rows.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("create database " + name);
                }
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create databases " + names, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * After a kill -9 of the JVM that started it, the postmaster survives and holds the data
     * directory. Stop it (it is ours: it runs on our data directory) before starting again.
     */
    static void stopStalePostmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        // After a reboot the pid may belong to something else: only stop a postgres process.
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get())
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().orElse("").contains("postgres"));
        if (process.isPresent()) {
            log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run", pid.get());
            ProcessHandle postmaster = process.get();
            postmaster.destroy();
            if (!waitForExit(postmaster, Duration.ofSeconds(15))) {
                postmaster.destroyForcibly();
                waitForExit(postmaster, Duration.ofSeconds(5));
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
