package org.candour.delivery.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.candour.delivery.endpoint.ManageEndpoints;
import org.candour.delivery.notification.Notifications;
import org.candour.delivery.sending.WebhookReceiver.Answer;
import org.candour.delivery.sending.WebhookReceiver.Received;
import org.candour.events.CaseRoutedV1;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TestIssuer;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routed cases arrive on the real broker, and their webhooks go over real HTTP to receivers on
 * loopback (allow-listed, plain http allowed), which check every request with the independent
 * Standard Webhooks implementation. The retry schedule is shortened to seconds by configuration.
 * Each test registers its own endpoints and disables every earlier one first, so that a body's
 * messages go only where the test expects them.
 */
@SpringBootTest(
        properties = {
            "candour.delivery.allow-http=true",
            "candour.delivery.allow-list=127.0.0.1",
            "candour.delivery.sending.poll-interval=100ms",
            "candour.delivery.sending.retry-delays=1s,2s,1s",
            "candour.delivery.sending.retry-jitter=0",
            "candour.delivery.sending.timeout=3s",
            "candour.delivery.sending.lease=20s",
            "candour.delivery.sending.summary-wait=0s",
            "candour.delivery.sending.deferral=200ms",
            "candour.delivery.sending.inactive-deferral=500ms",
            "candour.delivery.sending.threads=8",
        })
@AutoConfigureMockMvc
@DirtiesContext
class SendWebhooksIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private static final TestIssuer issuer = new TestIssuer();
    private static final String READ = "notifications.read";
    private static final String MANAGE = "webhooks.manage";

    private static TopicProbe delivered;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ManageEndpoints manageEndpoints;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("delivery_sending_it", registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::uri);
    }

    @BeforeAll
    static void watchDeliveredCases() {
        delivered = TopicProbe.on(infrastructure.kafkaBootstrapServers(), EventType.CASE_DELIVERED_V1.topic());
    }

    @AfterAll
    static void stopWatching() {
        delivered.close();
        issuer.close();
    }

    @BeforeEach
    void onlyThisTestsEndpointsReceive() {
        jdbc.sql("update endpoint set status = 'DISABLED', status_reason = 'an earlier test'")
                .update();
    }

    @Test
    void everyAttemptIsSignedUnderOneWebhookIdAndAReceiverFailingTwiceGetsItOnTheThird() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n <= 2 ? Answer.status(500) : Answer.ok())) {
            ManageEndpoints.WithSecret endpoint = register(Destination.CQC, receiver.url());
            CaseRoutedV1 routed = routedCase(Destination.CQC, "Care Quality Commission");
            summaryOf(routed.concernId(), "Staffing fell to 1 RN to 28 pts on ward 7B; patient [NHS number] fell.");

            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.delivered().size() == 1);
            List<Received> requests = receiver.received();
            UUID messageId =
                    notifications.forCase(routed.caseId()).orElseThrow().id();
            Webhook verifier = new Webhook(endpoint.secret().encoded());
            assertThat(requests).hasSize(3).allSatisfy(request -> {
                assertThat(request.webhookId()).isEqualTo(messageId.toString());
                verifier.verify(request.body(), request.headers());
            });
            assertThat(requests)
                    .extracting(Received::body)
                    .containsOnly(requests.getFirst().body());
            // The schedule: a second after the first failure, two after the second.
            assertThat(Duration.between(requests.get(0).at(), requests.get(1).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(Duration.between(requests.get(1).at(), requests.get(2).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1900));

            Received last = requests.getLast();
            Map<String, List<String>> tamperedHeaders = new HashMap<>(last.headers());
            assertThatThrownBy(() -> verifier.verify(last.body().replace("CQC", "GMC"), tamperedHeaders))
                    .isInstanceOf(WebhookVerificationException.class);
            assertThatThrownBy(() -> new Webhook(com.standardwebhooks.Webhook.SECRET_PREFIX
                                    + java.util.Base64.getEncoder().encodeToString(new byte[32]))
                            .verify(last.body(), last.headers()))
                    .isInstanceOf(WebhookVerificationException.class);

            JsonNode body = json.readTree(last.body());
            assertThat(body.get("type").asString()).isEqualTo("case.routed");
            JsonNode data = body.get("data");
            assertThat(data.get("caseId").asString()).isEqualTo(routed.caseId().toString());
            assertThat(data.get("reference").asString()).isEqualTo(routed.reference());
            assertThat(data.get("destination").asString()).isEqualTo("CQC");
            assertThat(data.get("harm").asString()).isEqualTo("SEVERE");
            assertThat(data.get("domains").get(0).asString()).isEqualTo("SAFE");
            assertThat(data.get("provider").get("odsCode").asString()).isEqualTo("R0A");
            assertThat(data.get("reasons").get(0).asString()).startsWith("Rule CQC-1");
            assertThat(data.get("summary").asString()).contains("[NHS number]");
            assertThat(data.get("caseUrl").asString())
                    .isEqualTo("http://127.0.0.1:8083/api/v1/bodies/CQC/cases/" + routed.caseId());
            assertThat(last.header("content-type")).startsWith("application/json");

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(delivery(messageId, endpoint.endpoint().id()))
                        .containsEntry("status", "DELIVERED")
                        .containsEntry("attempts_made", 2);
                assertThat(attemptOutcomes(messageId)).containsExactly("FAILED", "FAILED", "DELIVERED");
            });
        }
    }

    @Test
    void theFirstDeliveryOfACaseIsAnnouncedOnceEvenWhenTheBodyHasTwoEndpoints() throws Exception {
        try (WebhookReceiver first = WebhookReceiver.healthy();
                WebhookReceiver second = WebhookReceiver.healthy()) {
            register(Destination.GMC, first.url());
            register(Destination.GMC, second.url());
            CaseRoutedV1 routed = routedCase(Destination.GMC, "General Medical Council");

            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());

            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            first.delivered().size() == 1 && second.delivered().size() == 1);
            assertThat(first.delivered().getFirst().webhookId())
                    .isEqualTo(second.delivered().getFirst().webhookId());
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(
                                    delivered.recordsWithKey(routed.concernId().toString()))
                            .singleElement()
                            .satisfies(record -> {
                                JsonNode event = json.readTree(record.value());
                                assertThat(event.get("caseId").asString())
                                        .isEqualTo(routed.caseId().toString());
                                assertThat(event.get("destination").asString()).isEqualTo("GMC");
                                assertThat(event.get("recipientName").asString())
                                        .isEqualTo("General Medical Council");
                                assertThat(TopicProbe.header(record, "ce_type"))
                                        .isEqualTo("org.candour.delivery.case-delivered.v1");
                            }));
            assertThat(notifications
                            .forCase(routed.caseId())
                            .orElseThrow()
                            .status()
                            .name())
                    .isEqualTo("SENT");
        }
    }

    @Test
    void anEndpointThatHangsDoesNotDelayAHealthyOne() throws Exception {
        try (WebhookReceiver hanging = WebhookReceiver.answering(n -> Answer.hanging());
                WebhookReceiver healthy = WebhookReceiver.healthy()) {
            register(Destination.NMC, hanging.url());
            register(Destination.NMC, healthy.url());
            List<CaseRoutedV1> cases = java.util.stream.IntStream.range(0, 10)
                    .mapToObj(i -> routedCase(Destination.NMC, "Nursing and Midwifery Council"))
                    .toList();
            // The consumer must be running before the clock starts: one case through first.
            CaseRoutedV1 warmUp = cases.getFirst();
            events.publish(EventType.CASE_ROUTED_V1, warmUp.concernId(), warmUp, UUID.randomUUID());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> healthy.delivered().size() == 1);

            Instant published = Instant.now();
            for (CaseRoutedV1 routed : cases.subList(1, cases.size())) {
                events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> healthy.delivered().size() == cases.size());

            Instant lastReceipt = healthy.delivered().getLast().at();
            Duration took = Duration.between(published, lastReceipt);
            System.out.println(
                    "Healthy endpoint received 9 messages in " + took.toMillis() + " ms while the other hung");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            // The hanging endpoint has answered nothing: its requests were in flight the whole time.
            assertThat(hanging.received()).isEmpty();
        }
    }

    @Test
    void goneDisablesTheEndpointDeadLettersTheMessageAndTellsTheOwner() throws Exception {
        try (WebhookReceiver gone = WebhookReceiver.answering(n -> Answer.status(410))) {
            ManageEndpoints.WithSecret endpoint = register(Destination.HCPC, gone.url());
            CaseRoutedV1 routed = routedCase(Destination.HCPC, "Health and Care Professions Council");

            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());

            UUID endpointId = endpoint.endpoint().id();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(endpointRow(endpointId)).containsEntry("status", "DISABLED");
                assertThat(notices(endpointId)).containsExactly("ENDPOINT_DISABLED");
            });
            UUID messageId =
                    notifications.forCase(routed.caseId()).orElseThrow().id();
            assertThat(delivery(messageId, endpointId)).containsEntry("status", "DEAD");
            assertThat((String) endpointRow(endpointId).get("status_reason")).contains("410 Gone");
            assertThat(attemptOutcomes(messageId)).containsExactly("GONE");
            assertThat(gone.received()).hasSize(1);
        }
    }

    @Test
    void anEndpointFailingForLongerThanDisableAfterIsDisabledWithNoticeAtItsNextFailure() throws Exception {
        try (WebhookReceiver failing = WebhookReceiver.answering(n -> Answer.status(500))) {
            ManageEndpoints.WithSecret endpoint = register(Destination.GCC, failing.url());
            UUID endpointId = endpoint.endpoint().id();
            Instant sixDaysAgo = Instant.now().minus(Duration.ofDays(6));
            jdbc.sql("update endpoint set failing_since = ? where id = ?")
                    .params(java.sql.Timestamp.from(sixDaysAgo), endpointId)
                    .update();
            CaseRoutedV1 routed = routedCase(Destination.GCC, "General Chiropractic Council");

            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(endpointRow(endpointId)).containsEntry("status", "DISABLED");
                assertThat(notices(endpointId)).containsExactly("ENDPOINT_DISABLED");
            });
            assertThat((String) endpointRow(endpointId).get("status_reason"))
                    .contains("Every attempt has failed since");
            UUID messageId =
                    notifications.forCase(routed.caseId()).orElseThrow().id();
            // The message is not dead: it waits, without spending attempts, for the endpoint to be resumed.
            await().pollDelay(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> {
                        assertThat(delivery(messageId, endpointId))
                                .containsEntry("status", "PENDING")
                                .containsEntry("attempts_made", 1);
                        assertThat(failing.received()).hasSize(1);
                    });
        }
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() throws Exception {
        try (WebhookReceiver target = WebhookReceiver.healthy();
                WebhookReceiver redirecting =
                        WebhookReceiver.answering(n -> new Answer(302, false, Map.of("Location", target.url())))) {
            register(Destination.GPHC, redirecting.url());
            CaseRoutedV1 routed = routedCase(Destination.GPHC, "General Pharmaceutical Council");

            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !redirecting.received().isEmpty());
            UUID messageId =
                    notifications.forCase(routed.caseId()).orElseThrow().id();
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(attempts(messageId)).first().satisfies(attempt -> {
                        assertThat(attempt).containsEntry("outcome", "FAILED");
                        assertThat(attempt).containsEntry("response_status", 302);
                    }));
            assertThat(target.received()).isEmpty();
        }
    }

    @Test
    void aMessageThatRunsOutOfAttemptsIsDeadLetteredAndTheOwnerToldWhileOthersStillGo() throws Exception {
        try (WebhookReceiver failing = WebhookReceiver.answering(n -> Answer.status(503))) {
            ManageEndpoints.WithSecret endpoint = register(Destination.GDC, failing.url());
            CaseRoutedV1 routed = routedCase(Destination.GDC, "General Dental Council");

            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());

            UUID endpointId = endpoint.endpoint().id();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(notices(endpointId)).containsExactly("MESSAGE_DEAD_LETTERED"));
            UUID messageId =
                    notifications.forCase(routed.caseId()).orElseThrow().id();
            assertThat(delivery(messageId, endpointId))
                    .containsEntry("status", "DEAD")
                    .containsEntry("attempts_made", 4);
            assertThat(attemptOutcomes(messageId)).containsExactly("FAILED", "FAILED", "FAILED", "FAILED");
            assertThat(failing.received()).hasSize(4);
            assertThat(endpointRow(endpointId)).containsEntry("status", "ACTIVE");
            assertThat(endpointRow(endpointId).get("failing_since")).isNotNull();
        }
    }

    @Test
    void aPausedEndpointsMessagesWaitWithoutSpendingAttemptsAndGoWhenItResumes() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.healthy()) {
            ManageEndpoints.WithSecret endpoint = register(Destination.GOC, receiver.url());
            UUID endpointId = endpoint.endpoint().id();
            manageEndpoints.pause("GOC", endpointId);
            // Registered and then paused: the message is owed to it, but held.
            CaseRoutedV1 routed = routedCase(Destination.GOC, "General Optical Council");

            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> notifications.forCase(routed.caseId()).isPresent());
            UUID messageId =
                    notifications.forCase(routed.caseId()).orElseThrow().id();
            // A paused endpoint gets no new messages; replay owes them to it.
            assertThat(jdbc.sql("select count(*) from delivery where notification_id = ?")
                            .param(messageId)
                            .query(Integer.class)
                            .single())
                    .isZero();
            jdbc.sql("""
                            insert into delivery (id, notification_id, endpoint_id, status, attempts_made, next_attempt_at,
                                                  created_at, updated_at)
                            values (gen_random_uuid(), ?, ?, 'PENDING', 0, now(), now(), now())
                            """).params(messageId, endpointId).update();
            await().pollDelay(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> {
                        Map<String, Object> owed = delivery(messageId, endpointId);
                        assertThat(owed).containsEntry("status", "PENDING").containsEntry("attempts_made", 0);
                        assertThat(((java.sql.Timestamp) owed.get("next_attempt_at")).toInstant())
                                .isAfter(Instant.now());
                    });
            assertThat(receiver.received()).isEmpty();
            assertThat(attemptOutcomes(messageId)).isEmpty();

            manageEndpoints.resume("GOC", endpointId);

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> receiver.delivered().size() == 1);
        }
    }

    @Test
    void aBodyReadsItsDeliveryLogResendsAndReplaysUnderTheSameWebhookIdAndNoOneElseCan() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n == 1 ? Answer.status(500) : Answer.ok())) {
            ManageEndpoints.WithSecret endpoint = register(Destination.GOSC, receiver.url());
            UUID endpointId = endpoint.endpoint().id();
            Instant before = Instant.now().minusSeconds(1);
            CaseRoutedV1 routed = routedCase(Destination.GOSC, "General Osteopathic Council");
            events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.delivered().size() == 1);
            UUID messageId =
                    notifications.forCase(routed.caseId()).orElseThrow().id();
            String reader = issuer.bodyToken("GOSC", READ);
            String manager = issuer.bodyToken("GOSC", MANAGE);
            String messages = "/api/v1/bodies/GOSC/endpoints/" + endpointId + "/messages";

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(mvc.get().uri(messages).header("Authorization", "Bearer " + reader))
                            .hasStatusOk()
                            .bodyJson()
                            .isLenientlyEqualTo("""
                                    {"messages": [{"messageId": "%s", "caseId": "%s", "reference": "%s",
                                                   "status": "DELIVERED", "attemptsMade": 1, "nextAttemptAt": null}]}
                                    """.formatted(messageId, routed.caseId(), routed.reference())));
            assertThat(mvc.get()
                            .uri("/api/v1/bodies/GOSC/messages/{id}/attempts", messageId)
                            .header("Authorization", "Bearer " + reader))
                    .hasStatusOk()
                    .bodyJson()
                    .isLenientlyEqualTo("""
                            {"messageId": "%s", "attempts": [
                              {"endpointId": "%s", "outcome": "FAILED", "responseStatus": 500, "error": "HTTP 500"},
                              {"endpointId": "%s", "outcome": "DELIVERED", "responseStatus": 200, "error": null}]}
                            """.formatted(messageId, endpointId, endpointId));
            assertThat(mvc.get()
                            .uri("/api/v1/bodies/GOSC/endpoints/{id}/notices", endpointId)
                            .header("Authorization", "Bearer " + reader))
                    .hasStatusOk()
                    .bodyJson()
                    .isLenientlyEqualTo("{\"notices\": []}");

            // Bad parameters are named and change nothing.
            assertThat(mvc.get().uri(messages + "?status=SHIPPED&limit=0").header("Authorization", "Bearer " + reader))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson()
                    .extractingPath("$.errors[*].parameter")
                    .asArray()
                    .containsExactly("status", "limit");
            for (String since : List.of("{\"since\": \"yesterday\"}", "{}", "{\"since\": \"2999-01-01T00:00:00Z\"}")) {
                assertThat(mvc.post()
                                .uri("/api/v1/bodies/GOSC/endpoints/{id}/replay", endpointId)
                                .header("Authorization", "Bearer " + manager)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(since))
                        .hasStatus(HttpStatus.BAD_REQUEST)
                        .bodyJson()
                        .extractingPath("$.errors[0].parameter")
                        .isEqualTo("since");
            }

            // Another body, no token, or the wrong scope.
            assertThat(mvc.get().uri(messages).header("Authorization", "Bearer " + issuer.bodyToken("CQC", READ)))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get()
                            .uri("/api/v1/bodies/CQC/endpoints/{id}/messages", endpointId)
                            .header("Authorization", "Bearer " + issuer.bodyToken("CQC", READ)))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get()
                            .uri("/api/v1/bodies/CQC/messages/{id}/attempts", messageId)
                            .header("Authorization", "Bearer " + issuer.bodyToken("CQC", READ)))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get().uri(messages)).hasStatus(HttpStatus.UNAUTHORIZED);
            String resend = "/api/v1/bodies/GOSC/endpoints/" + endpointId + "/messages/" + messageId + "/resend";
            assertThat(mvc.post().uri(resend).header("Authorization", "Bearer " + reader))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(receiver.received()).hasSize(2);

            assertThat(mvc.post().uri(resend).header("Authorization", "Bearer " + manager))
                    .hasStatus(HttpStatus.ACCEPTED)
                    .bodyJson()
                    .isLenientlyEqualTo("{\"messageId\": \"%s\", \"status\": \"PENDING\"}".formatted(messageId));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> receiver.delivered().size() == 2);

            assertThat(mvc.post()
                            .uri("/api/v1/bodies/GOSC/endpoints/{id}/replay", endpointId)
                            .header("Authorization", "Bearer " + manager)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"since\": \"%s\"}".formatted(before)))
                    .hasStatus(HttpStatus.ACCEPTED)
                    .bodyJson()
                    .extractingPath("$.messages")
                    .isEqualTo(1);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> receiver.delivered().size() == 3);

            Webhook verifier = new Webhook(endpoint.secret().encoded());
            assertThat(receiver.received()).hasSize(4).allSatisfy(request -> {
                assertThat(request.webhookId()).isEqualTo(messageId.toString());
                verifier.verify(request.body(), request.headers());
            });
        }
    }

    private ManageEndpoints.WithSecret register(Destination body, String url) {
        return manageEndpoints.register(body.name(), url, List.of("case.routed"), "test receiver", null);
    }

    private void summaryOf(UUID concernId, String summary) {
        jdbc.sql("insert into concern_summary (concern_id, summary, received_at) values (?, ?, now())")
                .params(concernId, summary)
                .update();
    }

    private Map<String, Object> delivery(UUID messageId, UUID endpointId) {
        return jdbc.sql("select * from delivery where notification_id = ? and endpoint_id = ?")
                .params(messageId, endpointId)
                .query()
                .singleRow();
    }

    private Map<String, Object> endpointRow(UUID endpointId) {
        return jdbc.sql("select * from endpoint where id = ?")
                .param(endpointId)
                .query()
                .singleRow();
    }

    private List<String> notices(UUID endpointId) {
        return jdbc.sql("select kind from endpoint_notice where endpoint_id = ? order by created_at")
                .param(endpointId)
                .query(String.class)
                .list();
    }

    private List<Map<String, Object>> attempts(UUID messageId) {
        return jdbc.sql("""
                        select a.* from attempt a join delivery d on d.id = a.delivery_id
                        where d.notification_id = ? order by a.attempted_at
                        """).param(messageId).query().listOfRows();
    }

    private List<String> attemptOutcomes(UUID messageId) {
        return attempts(messageId).stream()
                .map(row -> (String) row.get("outcome"))
                .toList();
    }

    static CaseRoutedV1 routedCase(Destination destination, String recipientName) {
        return new CaseRoutedV1(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "QC-2026-" + REFERENCES.incrementAndGet(),
                destination,
                destination.name(),
                recipientName,
                List.of("Rule " + destination + "-1: a test reason"),
                Instant.now(),
                "routing-2026.6",
                QualityDomain.SAFE,
                HarmLevel.SEVERE,
                true,
                new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null),
                List.of(QualityDomain.SAFE, QualityDomain.WELL_LED),
                List.of(),
                null);
    }
}
