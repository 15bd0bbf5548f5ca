package org.candour.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.candour.evaluation.Corpus;
import org.candour.evaluation.InProcess;
import org.candour.evaluation.LiveRun;
import org.candour.evaluation.RunningServices;
import org.candour.events.Destination;
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

        try {
            stack.signal("INT");

            assertThat(stack.awaitExit(Duration.ofSeconds(60)))
                    .as("the launcher stops on SIGINT (a launcher whose parent ignores SIGINT, as a shell's"
                            + " background job without job control does, never sees it)")
                    .isTrue();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(started).noneMatch(ProcessHandle::isAlive));
        } finally {
            // Whatever failed above, the next run must not find this one's services holding its ports.
            stack.kill();
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    @Order(1)
    void concernRaisedAtIntakeIsClassifiedAndRoutedWithReasonsWithinTenSeconds() throws Exception {
        long start = System.nanoTime();
        String reference = stack.raise(
                "R0A",
                "Insulin was not given on the night shift again, the third time this month; the patient needed"
                        + " extra treatment. The ward manager told us not to Datix it.");

        JsonNode entries = await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> stack.timeline(reference),
                        timeline -> !routes(timeline).isEmpty());
        System.out.printf(
                "End to end: concern %s routed in %d ms%n", reference, (System.nanoTime() - start) / 1_000_000);

        JsonNode classified = entries.get(0);
        assertThat(classified.get("kind").asString()).isEqualTo("CLASSIFIED");
        assertThat(classified.get("revision").asInt()).isEqualTo(1);
        assertThat(classified.get("primaryDomain").asString()).isEqualTo("SAFE");
        assertThat(classified.get("domains").get(0).get("evidence").size()).isPositive();
        assertThat(classified.get("harm").get("evidence").size()).isPositive();
        assertThat(classified.get("signals").valueStream())
                .isNotEmpty()
                .allSatisfy(signal -> assertThat(signal.get("evidence").size()).isPositive());
        // Every route of the decision is written in one transaction, so all of them are here once one is.
        assertThat(routes(entries)).contains("TRUST_BOARD R0A").doesNotHaveDuplicates();
        for (JsonNode entry : entries) {
            if (!"ROUTED".equals(entry.get("kind").asString())) {
                continue;
            }
            assertThat(entry.get("reasons").get(0).asString()).isNotBlank();
            String caseId = entry.get("caseId").asString();
            await().untilAsserted(
                            () -> assertThat(stack.get(stack.deliveryPort, "/api/v1/cases/" + caseId + "/notification")
                                            .statusCode())
                                    .isEqualTo(200));
        }
    }

    /**
     * A fixed sample of the development corpus (ids only): between them the in-process evaluation sends
     * them to every destination it reaches on dev, holds some for triage, and some carry the form's answers
     * while others are only text about the default trust.
     */
    private static final List<String> CORPUS_SAMPLE = List.of(
            "dev-716",
            "dev-902",
            "dev-840",
            "dev-704",
            "dev-1841",
            "dev-946",
            "dev-729",
            "dev-731",
            "dev-824",
            "dev-804",
            "dev-854",
            "dev-707",
            "dev-621",
            "dev-711",
            "dev-1722",
            "dev-715",
            "dev-1714",
            "dev-866",
            "dev-1741",
            "dev-867",
            "dev-051",
            "dev-309",
            "dev-842",
            "dev-159",
            "dev-728");

    /** Every destination: the sample reaches each at least once. */
    private static final Set<Destination> SAMPLE_REACHES = EnumSet.allOf(Destination.class);

    @Test
    @Order(1)
    void aSampleOfTheCorpusRaisedThroughTheRunningServicesGoesWhereTheInProcessEvaluationPredicts() throws Exception {
        InProcess inProcess = new InProcess();
        List<JsonNode> items = Corpus.devItems(Path.of("../.."), CORPUS_SAMPLE);
        assertThat(items).hasSameSizeAs(CORPUS_SAMPLE);
        // Raised at once: with the stack's other tests, well under intake's 60 a minute from one client.
        LiveRun run = new LiveRun(
                new RunningServices(
                        URI.create("http://127.0.0.1:" + stack.intakePort),
                        URI.create("http://127.0.0.1:" + stack.routingPort),
                        6_000),
                Duration.ofSeconds(60),
                items.size(),
                UUID.randomUUID().toString());

        List<LiveRun.Result> results = run.run(items, progress -> {});

        List<String> differences = new ArrayList<>();
        Set<Destination> reached = EnumSet.noneOf(Destination.class);
        for (LiveRun.Result result : results) {
            InProcess.Prediction prediction = result.prediction(inProcess);
            reached.addAll(prediction.destinations());
            result.differenceFrom(prediction).ifPresent(difference -> differences.add(result.id() + ": " + difference));
        }
        assertThat(differences)
                .as("where the running services and the in-process evaluation differ")
                .isEmpty();
        // The sample keeps what it is chosen for, whatever the taxonomy or the policy becomes.
        assertThat(reached).as("destinations the sample reaches").isEqualTo(SAMPLE_REACHES);
        assertThat(results)
                .anySatisfy(result -> assertThat(result.decided().needsTriage()).isTrue())
                .anySatisfy(result -> assertThat(result.decided().needsTriage()).isFalse());
        assertThat(items).anyMatch(Corpus::hasAnswers).anyMatch(item -> !Corpus.hasAnswers(item));
    }

    /** "DESTINATION recipientCode" of each case opened on the timeline, in order; empty while there is none. */
    private static List<String> routes(JsonNode timeline) {
        if (timeline == null) {
            return List.of();
        }
        return timeline.valueStream()
                .filter(entry -> "ROUTED".equals(entry.get("kind").asString()))
                .map(entry -> entry.get("destination").asString() + " "
                        + entry.get("recipientCode").asString())
                .toList();
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
                .until(
                        () -> stack.timeline(reference),
                        timeline -> !routes(timeline).isEmpty());
        // Published once: one classification, and each case once, however the relay retried.
        assertThat(entries.valueStream()
                        .filter(entry -> "CLASSIFIED".equals(entry.get("kind").asString())))
                .hasSize(1);
        assertThat(routes(entries)).contains("TRUST_BOARD RX7").doesNotHaveDuplicates();
    }

    @Test
    @Order(4)
    void aReviewersCorrectionInTheTriageQueueChangesTheRoutesAndTheTimelineSaysWhoAndWhy() throws Exception {
        String reference = stack.raise("R0A", "asdf");

        // Nothing to read: the board is told at once, every other route waits for a person.
        JsonNode held = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> stack.timeline(reference),
                        timeline -> !routes(timeline).isEmpty());
        assertThat(held.get(0).get("needsTriage").asBoolean()).isTrue();
        assertThat(routes(held)).containsExactly("TRUST_BOARD R0A");

        JsonNode queued = RunningStack.json(stack.asReviewer(stack.classificationPort, "/api/v1/triage", null))
                .valueStream()
                .filter(concern -> reference.equals(concern.get("reference").asString()))
                .findFirst()
                .orElseThrow();
        String concernId = queued.get("concernId").asString();
        HttpResponse<String> reviewed = stack.asReviewer(
                stack.classificationPort,
                "/api/v1/classifications/" + concernId + "/reviews",
                Map.of(
                        "basedOnRevision",
                        queued.get("revision").asInt(),
                        "reason",
                        "Rang the reporter: a nurse charted insulin she never gave, and the patient needed"
                                + " extra treatment.",
                        "primaryDomain",
                        "SAFE",
                        "domains",
                        List.of("SAFE", "WELL_LED"),
                        "harm",
                        "MODERATE",
                        "incidentCategory",
                        "MEDICATION",
                        "professionals",
                        List.of(Map.of("role", "NURSE", "fitnessToPractise", true)),
                        "complaintStatus",
                        "NONE",
                        "signals",
                        List.of("CONCEALMENT")));
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);

        JsonNode corrected = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> stack.timeline(reference),
                        timeline -> routes(timeline).size() > 1);
        // One nurse's own falsified chart: her employer and her regulator act (the routing policy keeps CQC and the
        // system for concealment by the organisation).
        assertThat(routes(corrected)).containsExactlyInAnyOrder("TRUST_BOARD R0A", "NMC NMC");
        JsonNode revision = corrected
                .valueStream()
                .filter(entry -> "CLASSIFIED".equals(entry.get("kind").asString())
                        && entry.get("revision").asInt() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(revision.get("reviewer").asString()).isEqualTo(LocalStack.REVIEWER);
        assertThat(revision.get("reviewReason").asString()).startsWith("Rang the reporter");

        JsonNode audit = RunningStack.json(
                stack.asReviewer(stack.classificationPort, "/api/v1/classifications/" + concernId + "/reviews", null));
        assertThat(audit).singleElement().satisfies(review -> {
            assertThat(review.get("reviewer").asString()).isEqualTo(LocalStack.REVIEWER);
            assertThat(review.get("changes").size()).isPositive();
        });
    }

    /** Last, because it leaves classification running outside the launcher's care until it ends. */
    @Test
    @Order(5)
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
                    .until(
                            () -> stack.timeline(reference),
                            timeline -> !routes(timeline).isEmpty());
            assertThat(entries.valueStream()
                            .filter(entry ->
                                    "CLASSIFIED".equals(entry.get("kind").asString())))
                    .hasSize(1);
            assertThat(routes(entries)).containsExactly("TRUST_BOARD RRK");
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
                .until(
                        () -> stack.timeline(reference),
                        timeline -> !routes(timeline).isEmpty());
        try (TopicProbe deadLetters = TopicProbe.on(bootstrap, "candour.intake.concern-raised.v1.classification.dlq")) {
            await().untilAsserted(() -> assertThat(deadLetters.recordsWithKey(poisonKey))
                    .singleElement()
                    .satisfies(dead -> assertThat(TopicProbe.header(dead, "candour_dlq_reason"))
                            .startsWith("poison: Missing CloudEvents header")));
        }
    }

    @Test
    @Order(4) // before order 5, which leaves classification stopped
    void anIcbReadsItsCaseWithATokenFromTheAuthorisationServerAndItsAcknowledgementReachesTheTimeline()
            throws Exception {
        // A GP practice has no board, so its system's quality group always takes the concern (house rule).
        String reference = stack.raiseForReceipt(
                        Map.of("kind", "GP_PRACTICE", "name", "Beech House Surgery", "icbCode", "QOP"),
                        "A potassium of 6.8 from the practice's bloods was not acted on for three days; the patient"
                                + " was admitted to hospital.")
                .reference();
        JsonNode entries = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> stack.timeline(reference),
                        timeline -> routes(timeline).contains("ICS_QUALITY_GROUP QOP"));
        String caseId = entries.valueStream()
                .filter(entry ->
                        "ICS_QUALITY_GROUP".equals(entry.path("destination").asString("")))
                .findFirst()
                .orElseThrow()
                .get("caseId")
                .asString();

        JsonNode feed = RunningStack.json(stack.asIcb("QOP", "/api/v1/icbs/QOP/cases?limit=100", null));
        HttpResponse<String> acknowledged = stack.asIcb(
                "QOP",
                "/api/v1/icbs/QOP/cases/" + caseId + "/acknowledgement",
                Map.of("status", "RECEIVED", "note", "Logged for the System Quality Group."));
        HttpResponse<String> otherIcb = stack.asIcb("QHL", "/api/v1/icbs/QHL/cases/" + caseId, null);

        assertThat(feed.get("cases")
                        .valueStream()
                        .map(icbCase -> icbCase.get("caseId").asString()))
                .contains(caseId);
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(otherIcb.statusCode()).isEqualTo(404);
        JsonNode acknowledgement = stack.timeline(reference)
                .valueStream()
                .filter(entry -> "ACKNOWLEDGED".equals(entry.get("kind").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(acknowledgement.get("by").asString()).isEqualTo("icb-QOP");
        assertThat(acknowledgement.get("note").asString()).isEqualTo("Logged for the System Quality Group.");
    }
}
