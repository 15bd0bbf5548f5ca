package org.candour.localstack;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.candour.embedded.KafkaBroker;
import org.candour.embedded.PostgresServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Runs Candour locally: a Kafka broker and PostgreSQL in this JVM, each service as a child JVM.
 * Everything it starts is stopped again by its shutdown hook (Ctrl-C, SIGTERM); what a kill -9
 * leaves behind is cleaned up by the next start.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration READY_POLL = Duration.ofMillis(250);
    private static final String KAFKA_PORT = "candour.kafka.port";
    private static final String POSTGRES_PORT = "candour.postgres.port";
    private static final String HANDLING_TEAM_TOKEN = "handling-team-token";
    private static final String REVIEWER_PASSWORD = "triage-reviewer-password";
    /** Each development OAuth2 client's id and secret, one per line, written by the authorisation server. */
    static final String CLIENT_CREDENTIALS = "oauth-clients";

    static final String REVIEWER = "quality-lead";

    private final StackHome home;
    private final List<Service> services;
    private final int kafkaPort;
    private final int postgresPort;
    private final CountDownLatch stopped = new CountDownLatch(1);

    // Written by the starting thread, read by the shutdown hook, which can run at any moment.
    private final List<ServiceProcess> running = new ArrayList<>();
    private @Nullable KafkaBroker broker;
    private @Nullable PostgresServer postgres;
    private boolean claimed;
    private boolean stopping;

    private LocalStack(StackHome home, List<Service> services, int kafkaPort, int postgresPort) {
        this.home = home;
        this.services = services;
        this.kafkaPort = kafkaPort;
        this.postgresPort = postgresPort;
    }

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = new LocalStack(
                    StackHome.locate(),
                    Service.all(),
                    Integer.getInteger(KAFKA_PORT, 9092),
                    Integer.getInteger(POSTGRES_PORT, 15432));
        } catch (StartupFailure e) {
            fail(e);
            return;
        }
        try {
            stack.start();
            System.out.print(Banner.text(
                    Duration.ofNanos(System.nanoTime() - started),
                    stack.services,
                    stack.kafkaPort,
                    stack.postgresPort,
                    stack.home.display(stack.home.logs()) + "/",
                    stack.home.display(stack.home.secrets().resolve(HANDLING_TEAM_TOKEN)),
                    stack.home.display(stack.home.secrets().resolve(REVIEWER_PASSWORD)),
                    stack.home.display(stack.home.secrets().resolve(CLIENT_CREDENTIALS))));
            System.out.flush();
            stack.watchForCrashes();
            stack.stopped.await();
        } catch (StartupFailure e) {
            // On Ctrl-C the services may notice before this JVM's shutdown hook has begun to stop them.
            if (e.isInterrupted() && stack.stopped.await(STOP_GRACE.toSeconds() + 10, TimeUnit.SECONDS)) {
                return;
            }
            stack.stop();
            fail(e);
        } catch (RuntimeException e) {
            stack.stop();
            log.error("Candour did not start", e);
            System.exit(1);
        }
    }

    /** Printed last, after everything has stopped, so that the reason is what stays on screen. */
    private static void fail(StartupFailure failure) {
        System.err.println();
        System.err.println("Candour did not start: " + failure.getMessage());
        System.exit(1);
    }

    private void start() throws InterruptedException {
        requireJars();
        home.createDirectories();
        new StaleProcesses(home.run(), STOP_GRACE).clean();
        requireFreePorts();
        claimRunDirectory();

        KafkaBroker kafka = KafkaBroker.on(kafkaPort, home.kafka());
        synchronized (this) {
            broker = kafka;
        }
        kafka.start();
        PostgresServer database = PostgresServer.start(postgresPort, home.postgres());
        synchronized (this) {
            postgres = database;
        }
        database.createDatabases(
                services.stream().filter(Service::database).map(Service::name).toList());

        List<ServiceProcess> launched = new ArrayList<>();
        for (Service service : services) {
            launched.add(launch(service, kafka, database));
        }
        log.info(
                "Started {}; waiting until they are ready",
                services.stream().map(Service::name).toList());
        new Readiness(READY_TIMEOUT, READY_POLL).await(launched, this::isStopping);
    }

    /** From here on this launcher owns {@code .candour/run/} and must clean up whatever it starts. */
    private synchronized void claimRunDirectory() {
        home.pidFile(StaleProcesses.LAUNCHER).write(ProcessHandle.current().pid());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "candour-stop"));
        claimed = true;
    }

    private void requireJars() {
        List<String> missing = services.stream()
                .map(home::jar)
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> home.root().relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            throw new StartupFailure("Missing " + String.join(", ", missing)
                    + ". Build first: ./mvnw -DskipTests package (or start with ./candour, which builds).");
        }
    }

    private void requireFreePorts() {
        List<Ports.Claim> claims = new ArrayList<>();
        claims.add(new Ports.Claim(kafkaPort, "Kafka", KAFKA_PORT));
        // A postmaster left behind by a killed run still holds the port; PostgresServer stops it first.
        if (new PidFile(home.postgres().resolve("postmaster.pid")).liveProcess().isEmpty()) {
            claims.add(new Ports.Claim(postgresPort, "PostgreSQL", POSTGRES_PORT));
        }
        for (Service service : services) {
            claims.add(new Ports.Claim(service.port(), service.name(), Service.portProperty(service.name())));
        }
        Ports.requireFree(claims);
    }

    private synchronized ServiceProcess launch(Service service, KafkaBroker kafka, PostgresServer database) {
        if (stopping) {
            throw StartupFailure.interrupted();
        }
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "SERVER_PORT", String.valueOf(service.port()),
                "CANDOUR_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "CANDOUR_DB_URL", database.jdbcUrl(service.name()),
                "CANDOUR_DB_USERNAME", PostgresServer.USER,
                "CANDOUR_DB_PASSWORD", ""));
        if (service.name().equals("intake")) {
            // The key that seals reporters' contact details; only intake holds it.
            environment.put("CANDOUR_INTAKE_IDENTITYKEYS_0_ID", "local-1");
            environment.put(
                    "CANDOUR_INTAKE_IDENTITYKEYS_0_SECRET",
                    LocalSecrets.key(home.secrets().resolve("identity-key-local-1")));
            // The interim bearer token of the team handling concerns, for intake's questions API.
            environment.put(
                    "CANDOUR_INTAKE_HANDLINGTEAMTOKENS_0",
                    LocalSecrets.key(home.secrets().resolve(HANDLING_TEAM_TOKEN)));
        }
        if (service.name().equals("classification")) {
            // The interim local reviewer of the triage queue; classification keeps only the hash.
            environment.put("CANDOUR_CLASSIFICATION_REVIEWERS_0_USERNAME", REVIEWER);
            environment.put(
                    "CANDOUR_CLASSIFICATION_REVIEWERS_0_PASSWORDHASH",
                    new BCryptPasswordEncoder()
                            .encode(LocalSecrets.key(home.secrets().resolve(REVIEWER_PASSWORD))));
        }
        if (service.name().equals("delivery")) {
            // The key that seals webhook endpoints' signing secrets; only delivery holds it.
            environment.put(
                    "CANDOUR_DELIVERY_SECRETKEY",
                    LocalSecrets.key(home.secrets().resolve("webhook-secret-key")));
            // A developer's own receiver on this machine, over plain http; nothing else inside the network.
            environment.put("CANDOUR_DELIVERY_ALLOWHTTP", "true");
            environment.put("CANDOUR_DELIVERY_ALLOWLIST_0", "localhost");
            environment.put("CANDOUR_DELIVERY_ALLOWLIST_1", "127.0.0.1");
            environment.put("CANDOUR_DELIVERY_ALLOWLIST_2", "::1");
        }
        if (service.name().equals(Service.AUTHORISATION_SERVER)) {
            // The key the development clients' secrets are derived from; the server writes them out for developers.
            environment.put(
                    "CANDOUR_AUTHORISATION_CLIENTSECRETKEY",
                    LocalSecrets.key(home.secrets().resolve("oauth-client-key")));
            environment.put(
                    "CANDOUR_AUTHORISATION_CREDENTIALSFILE",
                    home.secrets().resolve(CLIENT_CREDENTIALS).toString());
        }
        // Every process knows the issuer: the server names itself by it, resource servers check tokens against it.
        environment.put("CANDOUR_OAUTH2_ISSUER_URI", issuer());
        ServiceProcess process = ServiceProcess.launch(service, home, environment);
        running.add(process);
        return process;
    }

    private String issuer() {
        return services.stream()
                .filter(service -> service.name().equals(Service.AUTHORISATION_SERVER))
                .findFirst()
                .map(server -> "http://127.0.0.1:" + server.port())
                .orElseThrow();
    }

    /** A service that dies later does not take the others down, but nobody should have to guess why it is gone. */
    private synchronized void watchForCrashes() {
        for (ServiceProcess process : running) {
            process.onExit().thenRun(() -> {
                if (!isStopping() && !process.wasInterrupted()) {
                    log.error(
                            "{} stopped unexpectedly (exit code {}); see {}",
                            process.service().name(),
                            process.exitValue(),
                            home.display(process.log()));
                }
            });
        }
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    /** Idempotent; a second caller (the hook after a failed start) returns only once everything is down. */
    private void stop() {
        List<ServiceProcess> processes;
        KafkaBroker kafka;
        PostgresServer database;
        boolean alreadyStopping;
        synchronized (this) {
            if (!claimed) {
                return;
            }
            alreadyStopping = stopping;
            stopping = true;
            processes = List.copyOf(running);
            kafka = broker;
            database = postgres;
        }
        if (alreadyStopping) {
            awaitStopped();
            return;
        }
        System.out.println();
        log.info("Stopping Candour");
        Map<String, ProcessHandle> handles = new LinkedHashMap<>();
        processes.forEach(process -> handles.put(process.service().name(), process.handle()));
        Processes.stop(handles, STOP_GRACE);
        processes.forEach(ServiceProcess::forgetPid);
        // The services are gone first, so that none of them sees its broker or database vanish.
        if (kafka != null) {
            quietly("Kafka", kafka::stop);
        }
        if (database != null) {
            quietly("PostgreSQL", () -> {
                database.close();
                log.info("PostgreSQL on 127.0.0.1:{} stopped", postgresPort);
            });
        }
        home.pidFile(StaleProcesses.LAUNCHER).delete();
        stopped.countDown();
        log.info("Candour stopped");
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void quietly(String what, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            log.warn("{} did not stop cleanly: {}", what, e.toString());
        }
    }
}
