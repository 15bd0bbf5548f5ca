package org.candour.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole system as {@code ./candour} runs it: the launcher starts a real broker, a real
 * PostgreSQL and the four service jars as separate processes. A concern raised at intake must come
 * out routed, with reasons, through the real broker and databases; a broker outage or a killed
 * service must not lose or duplicate it; and an interrupt must leave no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackE2E {

    @TempDir
    static Path directory;

    private static RunningStack stack;

    @BeforeAll
    static void startTheStackAsTheQuickStartDoes() throws Exception {
        stack = RunningStack.start(directory);
    }

    @AfterAll
    static void interruptLeavesNoProcessBehind() throws Exception {
        List<ProcessHandle> started = stack.processes();
        // Classification was killed and restarted by hand in one test: three services and PostgreSQL remain.
        assertThat(started).as("services and PostgreSQL of the stack").hasSizeGreaterThanOrEqualTo(4);

        stack.signal("INT");

        assertThat(stack.awaitExit(Duration.ofSeconds(60)))
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
                stack.raise("R0A", "Insulin was not given on the night shift; the patient needed extra treatment.");

        JsonNode entries = await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> stack.timeline(reference), timeline -> timeline != null && timeline.size() == 3);
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
            await().untilAsserted(
                            () -> assertThat(stack.get(stack.deliveryPort, "/api/v1/cases/" + caseId + "/notification")
                                            .statusCode())
                                    .isEqualTo(200));
        }
    }

    @Test
    @Order(2)
    void duringABrokerOutageIntakeStillAcceptsAndTheConcernIsRoutedOnceWhenTheBrokerReturns() throws Exception {
        // Freezing the launcher JVM freezes the broker inside it; PostgreSQL and the services keep running.
        stack.signal("STOP");
        String reference;
        try {
            reference = stack.raise("RX7", "An ambulance handover took four hours and the patient deteriorated.");
            assertThat(stack.timeline(reference)).isNull();
        } finally {
            stack.signal("CONT");
        }

        JsonNode entries = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> stack.timeline(reference), timeline -> timeline != null && timeline.size() >= 3);
        long routes = 0;
        for (JsonNode entry : entries) {
            if ("ROUTED".equals(entry.get("kind").asString())) {
                routes++;
            }
        }
        // North West Ambulance Service serves four ICBs: one trust board route and four ICS routes, once each.
        assertThat(routes).isEqualTo(5);
    }

    /** Last, because it leaves classification running outside the launcher's care until it ends. */
    @Test
    @Order(4)
    void concernRaisedWhileClassificationIsDeadIsRoutedOnceWhenItComesBack() throws Exception {
        ProcessHandle classification =
                ProcessHandle.of(stack.servicePid("classification")).orElseThrow();
        classification.destroyForcibly();
        await().until(() -> !classification.isAlive());

        String reference =
                stack.raise("RRK", "A patient waited nine hours for pain relief in the emergency department.");
        assertThat(stack.timeline(reference)).as("nobody has classified it yet").isNull();

        Process restarted = stack.startClassificationAgain();
        try {
            JsonNode entries = await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> stack.timeline(reference), timeline -> timeline != null && timeline.size() >= 3);
            assertThat(entries).hasSize(3);
        } finally {
            restarted.destroy();
            assertThat(restarted.waitFor(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
        }
    }

    @Test
    @Order(3)
    void poisonOnATopicIsDeadLetteredAndThePipelineCarriesOn() throws Exception {
        String bootstrap = "127.0.0.1:" + stack.kafkaPort;
        String poisonKey = UUID.randomUUID().toString();
        TopicProbe.send(bootstrap, "candour.intake.concern-raised.v1", poisonKey, "{poison", Map.of());

        String reference = stack.raise("RRK", "Patients were left in the corridor overnight without observations.");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> stack.timeline(reference), timeline -> timeline != null && timeline.size() == 3);
        try (TopicProbe deadLetters = TopicProbe.on(bootstrap, "candour.intake.concern-raised.v1.classification.dlq")) {
            await().untilAsserted(() -> assertThat(deadLetters.recordsWithKey(poisonKey))
                    .singleElement()
                    .satisfies(dead -> assertThat(TopicProbe.header(dead, "candour_dlq_reason"))
                            .startsWith("poison: Missing CloudEvents header")));
        }
    }
}
