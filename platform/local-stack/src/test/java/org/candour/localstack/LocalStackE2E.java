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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.candour.embedded.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as {@code ./candour} runs it: the launcher starts a real broker, a real
 * PostgreSQL and the four service jars as separate processes. A concern raised at intake must come
 * out routed, with reasons, through the real broker and databases; a broker outage must not lose
 * or duplicate it; and an interrupt must leave no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackE2E {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    static Path state;

    private static final int kafkaPort = FreePorts.pick();
    private static final int intakePort = FreePorts.pick();
    private static final int routingPort = FreePorts.pick();
    private static final int deliveryPort = FreePorts.pick();
    private static Process launcher;
    private static Path console;

    @BeforeAll
    static void startTheStackAsTheQuickStartDoes() throws IOException {
        console = state.resolve("console.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcandour.home=" + REPOSITORY,
                "-Dcandour.state=" + state.resolve("stack"),
                "-Dcandour.kafka.port=" + kafkaPort,
                "-Dcandour.postgres.port=" + FreePorts.pick(),
                "-Dcandour.intake.port=" + intakePort,
                "-Dcandour.classification.port=" + FreePorts.pick(),
                "-Dcandour.routing.port=" + routingPort,
                "-Dcandour.delivery.port=" + deliveryPort));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-jar", "target/candour-local-stack-exec.jar"));
        launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();

        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(launcher.isAlive())
                            .as("the launcher exited early:%n%s", Files.readString(console))
                            .isTrue();
                    return Files.readString(console).contains("Candour is running");
                });
    }

    @AfterAll
    static void interruptLeavesNoProcessBehind() throws Exception {
        List<ProcessHandle> started = new ArrayList<>(launcher.descendants().toList());
        postmaster().ifPresent(started::add);
        assertThat(started).as("services and PostgreSQL of the stack").hasSizeGreaterThanOrEqualTo(5);

        signal("INT", launcher.pid());

        assertThat(launcher.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                .as("the launcher stops on SIGINT")
                .isTrue();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(started).noneMatch(ProcessHandle::isAlive));
    }

    @Test
    @Order(1)
    void concernRaisedAtIntakeIsClassifiedAndRoutedWithReasonsWithinTenSeconds() throws Exception {
        long start = System.nanoTime();
        String reference =
                raise("R0A", "Insulin was not given on the night shift; the patient needed extra treatment.");

        JsonNode entries = await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> timeline(reference), timeline -> timeline != null && timeline.size() == 3);
        System.out.printf(
                "End to end: concern %s routed in %d ms%n", reference, (System.nanoTime() - start) / 1_000_000);

        assertThat(entries.get(0).get("kind").asString()).isEqualTo("CLASSIFIED");
        assertThat(entries.get(0).get("primaryDomain").asString()).isEqualTo("SAFE");
        assertThat(entries.get(0).get("domains").get(0).get("evidence").size()).isPositive();
        assertThat(entries.get(1).get("destination").asString()).isEqualTo("TRUST_BOARD");
        assertThat(entries.get(1).get("recipientCode").asString()).isEqualTo("R0A");
        assertThat(entries.get(2).get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
        assertThat(entries.get(2).get("recipientCode").asString()).isEqualTo("QOP");
        for (int i = 1; i <= 2; i++) {
            assertThat(entries.get(i).get("reasons").get(0).asString()).isNotBlank();
            String caseId = entries.get(i).get("caseId").asString();
            await().untilAsserted(() -> assertThat(get(deliveryPort, "/api/v1/cases/" + caseId + "/notification")
                            .statusCode())
                    .isEqualTo(200));
        }
    }

    @Test
    @Order(2)
    void duringABrokerOutageIntakeStillAcceptsAndTheConcernIsRoutedOnceWhenTheBrokerReturns() throws Exception {
        // Freezing the launcher JVM freezes the broker inside it; PostgreSQL and the services keep running.
        signal("STOP", launcher.pid());
        String reference;
        try {
            reference = raise("RX7", "An ambulance handover took four hours and the patient deteriorated.");
            assertThat(timeline(reference)).isNull();
        } finally {
            signal("CONT", launcher.pid());
        }

        JsonNode entries = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> timeline(reference), timeline -> timeline != null && timeline.size() >= 3);
        long routes = 0;
        for (JsonNode entry : entries) {
            if ("ROUTED".equals(entry.get("kind").asString())) {
                routes++;
            }
        }
        // North West Ambulance Service serves four ICBs: one trust board route and four ICS routes, once each.
        assertThat(routes).isEqualTo(5);
    }

    @Test
    @Order(3)
    void poisonOnATopicIsDeadLetteredAndThePipelineCarriesOn() throws Exception {
        Properties config = new Properties();
        config.putAll(Map.of("bootstrap.servers", "127.0.0.1:" + kafkaPort, "acks", "all"));
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(
                            "candour.intake.concern-raised.v1",
                            UUID.randomUUID().toString(),
                            "{poison"))
                    .get();
        }

        String reference = raise("RRK", "Patients were left in the corridor overnight without observations.");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> timeline(reference), timeline -> timeline != null && timeline.size() == 3);
    }

    private static String raise(String organisationCode, String description) throws Exception {
        String body = JSON.writeValueAsString(
                Map.of("organisationCode", organisationCode, "description", description, "identity", "ANONYMOUS"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + intakePort + "/api/v1/concerns"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asString();
    }

    /** The timeline's entries, or null while routing has none. */
    private static JsonNode timeline(String reference) throws Exception {
        HttpResponse<String> response = get(routingPort, "/api/v1/concerns/" + reference + "/timeline");
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("entries") : null;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static java.util.Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = state.resolve("stack/postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return java.util.Optional.empty();
        }
        return ProcessHandle.of(
                Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()));
    }

    private static void signal(String signal, long pid) throws Exception {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start()
                .waitFor();
        assertThat(exit).as("kill -%s %d", signal, pid).isZero();
    }
}
