package org.candour.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.candour.embedded.FreePorts;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack as {@code ./candour} runs it, started from the built launcher jar on free ports with
 * its state in a directory of the test's, for end-to-end tests and benchmarks.
 */
final class RunningStack {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    final int kafkaPort = FreePorts.pick();
    final int intakePort = FreePorts.pick();
    final int routingPort = FreePorts.pick();
    final int deliveryPort = FreePorts.pick();
    final int classificationPort = FreePorts.pick();
    final int postgresPort = FreePorts.pick();
    final int authorisationPort = FreePorts.pick();
    private final Path state;
    private final Path console;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process launcher;

    private RunningStack(Path directory, Map<String, String> environment) throws IOException {
        state = directory.resolve("stack");
        console = directory.resolve("console.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcandour.home=" + REPOSITORY,
                "-Dcandour.state=" + state,
                "-Dcandour.kafka.port=" + kafkaPort,
                "-Dcandour.postgres.port=" + postgresPort,
                "-Dcandour.intake.port=" + intakePort,
                "-Dcandour.classification.port=" + classificationPort,
                "-Dcandour.routing.port=" + routingPort,
                "-Dcandour.delivery.port=" + deliveryPort,
                "-D" + Service.portProperty(Service.AUTHORISATION_SERVER) + "=" + authorisationPort));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-jar", "target/candour-local-stack-exec.jar"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile());
        // The launcher passes its environment on to the services, so settings can reach them this way.
        builder.environment().putAll(environment);
        launcher = builder.start();
    }

    /** Starts the stack and waits until the launcher says every service is ready. */
    static RunningStack start(Path directory) throws IOException {
        return start(directory, Map.of());
    }

    /** Starts the stack with extra environment variables for its services, e.g. settings. */
    static RunningStack start(Path directory, Map<String, String> environment) throws IOException {
        RunningStack stack = new RunningStack(directory, environment);
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(stack.launcher.isAlive())
                            .as("the launcher exited early:%n%s", stack.console())
                            .isTrue();
                    return stack.console().contains("Candour is running");
                });
        return stack;
    }

    String console() throws IOException {
        return Files.readString(console);
    }

    long launcherPid() {
        return launcher.pid();
    }

    /** The service processes and PostgreSQL's postmaster: everything that must be gone after a stop. */
    List<ProcessHandle> processes() throws IOException {
        List<ProcessHandle> processes = new ArrayList<>(launcher.descendants().toList());
        Path pidFile = state.resolve("postgres/postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(
                            Files.readAllLines(pidFile).getFirst().trim()))
                    .ifPresent(processes::add);
        }
        return processes;
    }

    /** The pid the launcher recorded for a service it started. */
    long servicePid(String service) throws IOException {
        return Long.parseLong(
                Files.readString(state.resolve("run/" + service + ".pid")).strip());
    }

    /**
     * Starts classification again, by hand, as the launcher would: after it was killed, it must pick
     * up where its consumer group left off. The caller stops it.
     */
    Process startClassificationAgain() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        REPOSITORY
                                .resolve("services/classification/target/candour-classification-exec.jar")
                                .toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        state.resolve("logs/classification.log").toFile()));
        builder.environment()
                .putAll(Map.of(
                        "SERVER_PORT",
                        Integer.toString(classificationPort),
                        "CANDOUR_KAFKA_BOOTSTRAP_SERVERS",
                        "127.0.0.1:" + kafkaPort,
                        "CANDOUR_DB_URL",
                        "jdbc:postgresql://127.0.0.1:" + postgresPort + "/classification",
                        "CANDOUR_DB_USERNAME",
                        "postgres",
                        "CANDOUR_DB_PASSWORD",
                        ""));
        return builder.start();
    }

    /** Sends a signal (INT, STOP, CONT …) to the launcher. */
    void signal(String signal) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(launcher.pid()))
                .inheritIO()
                .start()
                .waitFor();
        assertThat(exit).as("kill -%s %d", signal, launcher.pid()).isZero();
    }

    /** Kills the launcher outright, without its shutdown hook: only for cleaning up after a failed test. */
    void kill() {
        launcher.destroyForcibly();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return launcher.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Raises a concern at intake and returns its reference. */
    String raise(String organisationCode, String description) throws IOException, InterruptedException {
        return raiseForReceipt(organisationCode, description).reference();
    }

    /** What intake answers: the reference and when the concern was accepted. */
    record Receipt(String reference, Instant raisedAt) {}

    Receipt raiseForReceipt(String organisationCode, String description) throws IOException, InterruptedException {
        return raiseForReceipt(Map.of("kind", "NHS_TRUST", "odsCode", organisationCode), description);
    }

    /** Raises a concern about the provider as the API takes it, e.g. a GP practice by name and ICB. */
    Receipt raiseForReceipt(Map<String, String> provider, String description) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(
                Map.of("provider", provider, "description", description, "identity", "ANONYMOUS"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + intakePort + "/api/v1/concerns"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        return new Receipt(
                receipt.get("reference").asString(),
                Instant.parse(receipt.get("raisedAt").asString()));
    }

    /** The timeline's entries, or null while routing has none. */
    @Nullable
    JsonNode timeline(String reference) throws IOException, InterruptedException {
        HttpResponse<String> response = get(routingPort, "/api/v1/concerns/" + reference + "/timeline");
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("entries") : null;
    }

    /**
     * Sends JSON as the local triage reviewer, whose password the launcher made in the stack's secrets
     * on first start.
     */
    HttpResponse<String> asReviewer(int port, String path, @Nullable Object body)
            throws IOException, InterruptedException {
        String password = Files.readString(state.resolve("secrets").resolve("triage-reviewer-password"))
                .strip();
        String credentials = Base64.getEncoder()
                .encodeToString((LocalStack.REVIEWER + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(10));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Calls routing as an ICB's machine client would: an access token from the stack's authorisation
     * server by client credentials (the secret the server wrote for developers), then the call with it.
     */
    HttpResponse<String> asIcb(String icbCode, String path, @Nullable Object body)
            throws IOException, InterruptedException {
        String client = "icb-" + icbCode;
        String secret = Files.readAllLines(state.resolve("secrets").resolve(LocalStack.CLIENT_CREDENTIALS)).stream()
                .filter(line -> line.startsWith(client + " "))
                .map(line -> line.substring(client.length() + 1))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + authorisationPort + "/oauth2/token"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=client_credentials&scope=cases.read+cases.acknowledge"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + routingPort + path))
                .header(
                        "Authorization",
                        "Bearer " + json(token).get("access_token").asString())
                .timeout(Duration.ofSeconds(10));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Resident memory of a process in MiB, from /proc (Linux). */
    static Optional<Long> residentMiB(ProcessHandle process) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
