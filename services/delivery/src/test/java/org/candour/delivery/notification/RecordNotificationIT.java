package org.candour.delivery.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionFactory;
import org.candour.events.CaseRoutedV1;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.OpenApiDocument;
import org.candour.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routed cases arrive on the real broker exactly as routing's outbox relay publishes them, and
 * become notifications in the real database. Kafka orders records per key only, so each test sends
 * a final "marker" case for the same concern: once it is recorded, everything sent before it has
 * been consumed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class RecordNotificationIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final EventType<CaseRoutedV1> ROUTED = EventType.CASE_ROUTED_V1;
    private static final String DEAD_LETTERS = ROUTED.deadLetterTopic("delivery");
    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private static TopicProbe deadLetters;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Notifications notifications;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("delivery_it", registry);
    }

    @BeforeAll
    static void watchDeadLetters() {
        deadLetters = TopicProbe.on(infrastructure.kafkaBootstrapServers(), DEAD_LETTERS);
    }

    @AfterAll
    static void stopWatching() {
        deadLetters.close();
    }

    @Test
    void routedCaseIsRecordedAsAPendingNotificationForItsRecipient() {
        CaseRoutedV1 routed = routedCase(UUID.randomUUID(), Destination.CQC, "Care Quality Commission");

        events.publish(ROUTED, routed.concernId(), routed, UUID.randomUUID());

        eventually()
                .untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/cases/{caseId}/notification", routed.caseId()))
                        .hasStatusOk()
                        .bodyJson()
                        .isLenientlyEqualTo("""
                        {"caseId": "%s", "concernId": "%s", "reference": "%s", "destination": "CQC",
                         "recipientCode": "CQC", "recipientName": "Care Quality Commission", "urgent": true,
                         "status": "PENDING", "attempts": 0}
                        """.formatted(routed.caseId(), routed.concernId(), routed.reference())));
    }

    @Test
    void pendingNotificationsAreListedNewestFirst() {
        UUID concernId = UUID.randomUUID();
        CaseRoutedV1 first = routedCase(concernId, Destination.CQC, "Care Quality Commission");
        CaseRoutedV1 second = routedCase(concernId, Destination.HSSIB, "Health Services Safety Investigations Body");

        events.publish(ROUTED, first.concernId(), first, UUID.randomUUID());
        events.publish(ROUTED, second.concernId(), second, UUID.randomUUID());
        eventually().until(() -> notifications.forCase(second.caseId()).isPresent());

        assertThat(mvc.get().uri("/api/v1/notifications?status=PENDING&limit=200"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.notifications[*].caseId")
                .asArray()
                .containsSubsequence(second.caseId().toString(), first.caseId().toString());
    }

    @Test
    void redeliveredEventChangesNothing() {
        UUID concernId = UUID.randomUUID();
        CaseRoutedV1 routed = routedCase(concernId, Destination.GMC, "General Medical Council");
        UUID eventId = UUID.randomUUID();
        events.publish(ROUTED, routed.concernId(), routed, eventId);
        Notification recorded = eventually()
                .until(() -> notifications.forCase(routed.caseId()), found -> found.isPresent())
                .orElseThrow();

        events.publish(ROUTED, routed.concernId(), routed, eventId);
        awaitEverythingSentFor(concernId);

        assertThat(notificationsForCase(routed.caseId())).isEqualTo(1);
        assertThat(notifications.forCase(routed.caseId())).contains(recorded);
    }

    @Test
    void caseRoutedAgainByAnotherEventKeepsItsFirstNotification() {
        UUID concernId = UUID.randomUUID();
        CaseRoutedV1 routed = routedCase(concernId, Destination.NMC, "Nursing and Midwifery Council");
        events.publish(ROUTED, routed.concernId(), routed, UUID.randomUUID());
        Notification recorded = eventually()
                .until(() -> notifications.forCase(routed.caseId()), found -> found.isPresent())
                .orElseThrow();

        CaseRoutedV1 sameCaseRenamed = new CaseRoutedV1(
                routed.caseId(),
                concernId,
                routed.reference(),
                routed.destination(),
                routed.recipientCode(),
                "A different name",
                routed.reasons(),
                routed.routedAt().plusSeconds(5),
                routed.policyVersion(),
                routed.primaryDomain(),
                routed.harm(),
                false,
                null,
                List.of(),
                List.of(),
                null);
        events.publish(ROUTED, sameCaseRenamed.concernId(), sameCaseRenamed, UUID.randomUUID());
        awaitEverythingSentFor(concernId);

        assertThat(notificationsForCase(routed.caseId())).isEqualTo(1);
        assertThat(notifications.forCase(routed.caseId())).contains(recorded);
    }

    @Test
    void poisonIsDeadLetteredWithItsReasonAndTheNextCaseIsStillRecorded() {
        UUID concernId = UUID.randomUUID();
        events.publishRaw(ROUTED, concernId, "{not json");
        CaseRoutedV1 next = routedCase(concernId, Destination.HCPC, "Health and Care Professions Council");
        events.publish(ROUTED, next.concernId(), next, UUID.randomUUID());

        eventually()
                .untilAsserted(() -> assertThat(deadLetters.recordsWithKey(concernId.toString()))
                        .singleElement()
                        .satisfies(dead -> {
                            assertThat(TopicProbe.header(dead, "candour_dlq_reason"))
                                    .startsWith("poison: Data is not a valid CaseRoutedV1");
                            assertThat(dead.value()).isEqualTo("{not json");
                        }));
        eventually().until(() -> notifications.forCase(next.caseId()).isPresent());
    }

    @Test
    void publishedOpenApiDocumentDescribesTheRunningApi() throws Exception {
        String served = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();

        tools.jackson.databind.JsonNode document = OpenApiDocument.verify("delivery", served);

        assertThat(document.at("/paths/~1api~1v1~1notifications/get").isMissingNode())
                .isFalse();
    }

    private static ConditionFactory eventually() {
        // The first test also waits for the consumer to join its group.
        return await().atMost(Duration.ofSeconds(30));
    }

    /** Sends one more case for the concern and waits for it: Kafka keeps a key's records in order. */
    private void awaitEverythingSentFor(UUID concernId) {
        CaseRoutedV1 marker = routedCase(concernId, Destination.PHSO, "Parliamentary and Health Service Ombudsman");
        events.publish(ROUTED, marker.concernId(), marker, UUID.randomUUID());
        eventually().until(() -> notifications.forCase(marker.caseId()).isPresent());
    }

    private long notificationsForCase(UUID caseId) {
        return jdbc.sql("select count(*) from notification where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private static CaseRoutedV1 routedCase(UUID concernId, Destination destination, String recipientName) {
        return new CaseRoutedV1(
                UUID.randomUUID(),
                concernId,
                "QC-2026-" + REFERENCES.incrementAndGet(),
                destination,
                destination.name(),
                recipientName,
                List.of("A test reason for " + destination),
                Instant.now(),
                "routing-2026.1",
                QualityDomain.SAFE,
                HarmLevel.SEVERE,
                true,
                null,
                List.of(),
                List.of(),
                null);
    }
}
