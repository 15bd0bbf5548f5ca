package org.candour.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.routing.ClassifiedConcerns.CROSS_PROVIDER;
import static org.candour.routing.ClassifiedConcerns.classified;
import static org.candour.routing.ClassifiedConcerns.corrected;
import static org.candour.routing.ClassifiedConcerns.nextReference;
import static org.candour.routing.ClassifiedConcerns.raised;
import static org.candour.routing.ClassifiedConcerns.trust;
import static org.candour.routing.RoutingRows.casesOf;
import static org.candour.routing.RoutingRows.parkedOf;
import static org.candour.routing.RoutingRows.processed;
import static org.candour.routing.RoutingRows.recordRaisedWithoutItsEvent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.candour.events.CaseDeliveredV1;
import org.candour.events.CaseRoutedV1;
import org.candour.events.CaseRoutedV1.FlagKind;
import org.candour.events.CloudEventHeaders;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.CategoryTag;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.HarmGrade;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernClassifiedV2.ReadsLikeTag;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedRoute;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.OpenApiDocument;
import org.candour.testsupport.TopicProbe;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.messaging.relay.interval=50ms",
            // A classification of a concern not raised waits 8 s for its raising, not 2 min, before it is
            // dead-lettered: long enough for the tests that raise it within the wait.
            "candour.routing.unknown-concern.wait-for-raising=8s",
            "candour.routing.unknown-concern.sweep-interval=250ms"
        })
class RouteConcernIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();

    private static TopicProbe routed;
    private static TopicProbe deadLetters;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /** Intake raises the concern, as it does before classification sees it; raising it again changes nothing. */
    private static void raise(ConcernClassifiedV2 concern) {
        events.publish(EventType.CONCERN_RAISED_V1, concern.concernId(), raised(concern));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("routing_it", registry);
    }

    @BeforeAll
    static void watch() {
        routed = TopicProbe.on(infrastructure.kafkaBootstrapServers(), EventType.CASE_ROUTED_V1.topic());
        deadLetters = TopicProbe.on(
                infrastructure.kafkaBootstrapServers(), EventType.CONCERN_CLASSIFIED_V2.deadLetterTopic("routing"));
    }

    @AfterAll
    static void stopWatching() {
        routed.close();
        deadLetters.close();
    }

    @Test
    void classifiedConcernIsRoutedToItsTrustBoardAndIcsQualityGroupWithReasonsAndAnnounced() throws Exception {
        ConcernClassifiedV2 concern = classified(trust("R0A"));

        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern);

        await().untilAsserted(() -> assertThat(
                        routed.recordsWithKey(concern.concernId().toString()))
                .hasSize(2));
        List<ConsumerRecord<String, String>> records =
                routed.recordsWithKey(concern.concernId().toString());
        assertThat(records)
                .extracting(record ->
                        JSON.readTree(record.value()).get("destination").asString())
                .containsExactlyInAnyOrder("TRUST_BOARD", "ICS_QUALITY_GROUP");
        assertThat(records)
                .allSatisfy(record -> assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT))
                        .isEqualTo(JSON.readTree(record.value()).get("caseId").asString()));

        JsonNode timeline = JSON.readTree(get(concern.reference()).body());
        JsonNode entries = timeline.get("entries");
        assertThat(entries.get(0).get("kind").asString()).isEqualTo("CLASSIFIED");
        assertThat(entries.get(0).get("primaryDomain").asString()).isEqualTo("SAFE");
        assertThat(entries.get(0).get("domains").get(0).get("evidence").get(0).asString())
                .contains("insulin");
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("ROUTED");
        assertThat(entries.get(1).get("destination").asString()).isEqualTo("TRUST_BOARD");
        assertThat(entries.get(1).get("recipientCode").asString()).isEqualTo("R0A");
        assertThat(entries.get(1).get("reasons").get(0).asString()).contains("Manchester University");
        assertThat(entries.get(2).get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
        assertThat(entries.get(2).get("recipientCode").asString()).isEqualTo("QOP");
        assertThat(entries.get(2).get("reasons").get(0).asString()).contains("System Quality Group");
    }

    @Test
    void eachIcbsTopicCarriesItsOwnCasesKeyedByCaseAndNoOtherSystems() throws Exception {
        ConcernClassifiedV2 manchester = classified(trust("R0A"));
        ConcernClassifiedV2 birmingham = classified(trust("RRK"));
        try (TopicProbe greaterManchester = TopicProbe.on(
                        infrastructure.kafkaBootstrapServers(),
                        EventType.icbCasesRouted("QOP").topic());
                TopicProbe birminghamAndSolihull = TopicProbe.on(
                        infrastructure.kafkaBootstrapServers(),
                        EventType.icbCasesRouted("QHL").topic())) {

            raise(manchester);
            events.publish(EventType.CONCERN_CLASSIFIED_V2, manchester.concernId(), manchester);
            raise(birmingham);
            events.publish(EventType.CONCERN_CLASSIFIED_V2, birmingham.concernId(), birmingham);

            await().untilAsserted(() -> {
                assertThat(concernsOn(greaterManchester))
                        .contains(manchester.concernId().toString());
                assertThat(concernsOn(birminghamAndSolihull))
                        .contains(birmingham.concernId().toString());
            });
            assertThat(concernsOn(greaterManchester))
                    .doesNotContain(birmingham.concernId().toString());
            assertThat(concernsOn(birminghamAndSolihull))
                    .doesNotContain(manchester.concernId().toString());
            assertThat(greaterManchester.records()).allSatisfy(record -> {
                JsonNode routedCase = JSON.readTree(record.value());
                assertThat(record.key()).isEqualTo(routedCase.get("caseId").asString());
                assertThat(routedCase.get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
                assertThat(routedCase.get("recipientCode").asString()).isEqualTo("QOP");
            });
        }
    }

    @Test
    void casesCarryTheirFlagsAndTheIcbItsProposedTierOnTheEventAndInTheTimeline() throws Exception {
        ConcernClassifiedV2 concern = classified(
                trust("R0A"),
                List.of(
                        CROSS_PROVIDER,
                        new SignalTag(ConcernSignal.SAFEGUARDING, 0.8, List.of("\"bruises\" suggests abuse")),
                        new SignalTag(ConcernSignal.FEAR_OF_DETRIMENT, 0.8, List.of("\"scared\" suggests fear"))),
                List.of(),
                List.of(RaisedRoute.LINE_MANAGER));

        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern);

        await().untilAsserted(() -> assertThat(
                        routed.recordsWithKey(concern.concernId().toString()))
                .extracting(record ->
                        JSON.readValue(record.value(), CaseRoutedV1.class).destination())
                .contains(Destination.TRUST_BOARD, Destination.ICS_QUALITY_GROUP));
        Map<Destination, CaseRoutedV1> cases = routed
                .recordsWithKey(concern.concernId().toString())
                .stream()
                .map(record -> JSON.readValue(record.value(), CaseRoutedV1.class))
                .collect(Collectors.toMap(CaseRoutedV1::destination, routedCase -> routedCase));
        assertThat(cases.values()).allSatisfy(routedCase -> {
            assertThat(routedCase.provider()).isEqualTo(concern.provider());
            assertThat(routedCase.domains()).containsExactly(QualityDomain.SAFE);
            assertThat(routedCase.flags()).extracting(CaseRoutedV1.Flag::kind).contains(FlagKind.SAFEGUARDING_REFERRAL);
        });
        assertThat(cases.get(Destination.TRUST_BOARD).flags())
                .extracting(CaseRoutedV1.Flag::kind)
                .containsExactly(FlagKind.SAFEGUARDING_REFERRAL, FlagKind.FREEDOM_TO_SPEAK_UP_GUARDIAN);
        // Only the ICB's case proposes a support tier.
        assertThat(cases.get(Destination.TRUST_BOARD).escalation()).isNull();
        CaseRoutedV1.Escalation escalation =
                cases.get(Destination.ICS_QUALITY_GROUP).escalation();
        assertThat(escalation).isNotNull();
        assertThat(escalation.tier()).isEqualTo(CaseRoutedV1.EscalationTier.INTENSIVE);
        assertThat(escalation.signals())
                .containsExactly(
                        "two or more providers (signals: CROSS_PROVIDER)",
                        "abuse or closed-culture signs (signals: SAFEGUARDING)",
                        "raised before without action (raised before with: LINE_MANAGER)");

        JsonNode entries = JSON.readTree(get(concern.reference()).body()).get("entries");
        JsonNode icbEntry = null;
        for (JsonNode entry : entries) {
            if ("ICS_QUALITY_GROUP".equals(entry.path("destination").asString(""))) {
                icbEntry = entry;
            }
        }
        assertThat(icbEntry).isNotNull();
        assertThat(icbEntry.get("escalation").get("tier").asString()).isEqualTo("INTENSIVE");
        assertThat(icbEntry.get("flags").get(0).get("kind").asString()).isEqualTo("SAFEGUARDING_REFERRAL");
        assertThat(icbEntry.get("flags").get(0).get("reason").asString()).contains("Refer to the local authority");
    }

    private static List<String> concernsOn(TopicProbe probe) {
        return probe.records().stream()
                .map(record -> JSON.readTree(record.value()).get("concernId").asString())
                .toList();
    }

    @Test
    void everyTagInTheTimelineCarriesItsConfidenceAndEvidenceAndEachRouteTheFactsThatMetItsRule() throws Exception {
        ConcernClassifiedV2 concern = new ConcernClassifiedV2(
                UUID.randomUUID(),
                nextReference(),
                trust("R0A"),
                1,
                Instant.now(),
                "taxonomy-test",
                null,
                QualityDomain.SAFE,
                List.of(
                        new DomainTag(QualityDomain.SAFE, 0.8, List.of("\"insulin\" suggests SAFE (medication)")),
                        new DomainTag(QualityDomain.WELL_LED, 0.6, List.of("\"changed the chart\" suggests WELL_LED"))),
                new HarmGrade(HarmLevel.MODERATE, 0.7, List.of("\"admitted to HDU\" suggests MODERATE")),
                new CategoryTag(IncidentCategory.MEDICATION, 0.8, List.of("\"insulin\" suggests MEDICATION")),
                List.of(new ProfessionalTag(
                        ProfessionalRole.NURSE,
                        true,
                        0.7,
                        List.of("\"staff nurse\" names a NURSE", "\"changed the chart\" suggests falsified records"))),
                new ComplaintTag(
                        ComplaintStatus.FINAL_RESPONSE,
                        LocalDate.now(ZoneId.of("Europe/London")).minusDays(30),
                        true,
                        List.of("form: final response received", "\"my mother\" suggests acting for the patient")),
                // A closed culture is the organisation's, so CQC and the system are told as well as the NMC.
                List.of(new SignalTag(
                        ConcernSignal.CLOSED_CULTURE,
                        0.9,
                        List.of("\"that's how it's done here\" suggests CLOSED_CULTURE"))),
                false,
                false,
                List.of(),
                List.of(),
                List.of(new ReadsLikeTag(
                        Destination.CQC,
                        0.7,
                        List.of(
                                "read as a whole, the concern is like those the corpus sent to CQC (probability 0.70)",
                                "\"changed the chart\""))));

        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern);

        await().untilAsserted(() -> assertThat(
                        routed.recordsWithKey(concern.concernId().toString()))
                .hasSize(5));
        assertThat(routed.recordsWithKey(concern.concernId().toString()))
                .extracting(record -> JSON.readTree(record.value())
                                .get("destination")
                                .asString() + " "
                        + JSON.readTree(record.value()).get("recipientName").asString())
                .containsExactly(
                        "TRUST_BOARD Manchester University NHS Foundation Trust",
                        "ICS_QUALITY_GROUP NHS Greater Manchester Integrated Care Board",
                        "CQC Care Quality Commission",
                        "PHSO Parliamentary and Health Service Ombudsman",
                        "NMC Nursing and Midwifery Council");
        JsonNode entries = JSON.readTree(get(concern.reference()).body()).get("entries");
        JsonNode classified = entries.get(0);
        assertThat(classified.get("kind").asString()).isEqualTo("CLASSIFIED");
        List<JsonNode> tags = new ArrayList<>();
        classified.get("domains").forEach(tags::add);
        tags.add(classified.get("harm"));
        tags.add(classified.get("incidentCategory"));
        classified.get("professionals").forEach(tags::add);
        classified.get("signals").forEach(tags::add);
        assertThat(tags).hasSize(6).allSatisfy(tag -> {
            assertThat(tag.get("confidence").asDouble()).isBetween(0.01, 1.0);
            assertThat(tag.get("evidence")).isNotEmpty();
            assertThat(tag.get("evidence"))
                    .allSatisfy(evidence -> assertThat(evidence.asString()).isNotBlank());
        });
        assertThat(classified.get("complaint").get("evidence")).hasSize(2);
        assertThat(classified.get("domains").get(1).get("evidence").get(0).asString())
                .isEqualTo("\"changed the chart\" suggests WELL_LED");
        assertThat(classified.get("incidentCategory").get("category").asString())
                .isEqualTo("MEDICATION");
        assertThat(classified.get("professionals").get(0).get("role").asString())
                .isEqualTo("NURSE");
        assertThat(classified
                        .get("professionals")
                        .get(0)
                        .get("fitnessToPractise")
                        .asBoolean())
                .isTrue();
        assertThat(classified.get("complaint").get("status").asString()).isEqualTo("FINAL_RESPONSE");
        assertThat(classified.get("signals").get(0).get("signal").asString()).isEqualTo("CLOSED_CULTURE");
        assertThat(classified.get("readsLike")).singleElement().satisfies(reading -> {
            assertThat(reading.get("destination").asString()).isEqualTo("CQC");
            assertThat(reading.get("probability").asDouble()).isEqualTo(0.7);
            assertThat(reading.get("evidence")).hasSize(2);
        });
        assertThat(entries.get(4).get("destination").asString()).isEqualTo("PHSO");
        assertThat(entries.get(4).get("reasons").get(0).asString()).contains("within 12 months of the classification");
        assertThat(entries.get(5).get("destination").asString()).isEqualTo("NMC");
        assertThat(entries.get(5).get("reasons").get(0).asString())
                .startsWith("Rule NMC-1: ")
                .endsWith("Facts that met the rule: a NURSE whose conduct could meet the fitness-to-practise"
                        + " threshold.");
        // Every route names the rule that chose its body (a weighed rule is CQC-W or ICS-W), and every reason of a
        // rule with conditions its facts.
        assertThat(entries.valueStream()
                        .filter(entry -> entry.get("kind").asString().equals("ROUTED")))
                .allSatisfy(route -> assertThat(route.get("reasons").valueStream())
                        .allSatisfy(reason -> assertThat(reason.asString()).matches("Rule [A-Z]+-(\\d+|W): .+")));
    }

    @Test
    void aOneOffIncidentInOneTrustGoesToItsBoardAlone() throws Exception {
        ConcernClassifiedV2 oneOff = classified(trust("R0A"), List.of(), List.of(), List.of());

        raise(oneOff);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, oneOff.concernId(), oneOff);

        await().until(() -> get(oneOff.reference()).statusCode() == 200);
        assertThat(JSON.readTree(get(oneOff.reference()).body()).get("entries"))
                .extracting(entry -> entry.get("kind").asString() + " "
                        + (entry.has("destination") ? entry.get("destination").asString() : ""))
                .containsExactly("CLASSIFIED ", "ROUTED TRUST_BOARD");
        assertThat(announced(oneOff)).isEqualTo(1);
    }

    @Test
    void duplicateEventsOpenEachCaseOnceAndAnnounceItOnce() {
        ConcernClassifiedV2 concern = classified(trust("RRK"));
        UUID eventId = UUID.randomUUID();

        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern, eventId);
        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern, eventId);
        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern);
        ConcernClassifiedV2 marker = classified(trust("R0A"));
        raise(marker);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, marker.concernId(), marker);

        await().untilAsserted(() ->
                assertThat(routed.recordsWithKey(marker.concernId().toString())).hasSize(2));
        assertThat(casesOf(jdbc, concern)).isEqualTo(2);
        assertThat(routed.recordsWithKey(concern.concernId().toString())).hasSize(2);
    }

    @Test
    void concernAboutAProviderOutsideTheDirectoryIsShownAsNeedingTriage() throws Exception {
        ConcernClassifiedV2 concern = classified(trust("ZZZ99"));

        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern);

        await().until(() -> get(concern.reference()).statusCode() == 200);
        JsonNode entries = JSON.readTree(get(concern.reference()).body()).get("entries");
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("NEEDS_TRIAGE");
        assertThat(entries.get(1).get("reason").asString()).contains("ZZZ99");
        assertThat(casesOf(jdbc, concern)).isZero();
    }

    @Test
    void gpPracticeConcernIsRoutedToItsIcsQualityGroupOnly() throws Exception {
        ConcernClassifiedV2 concern =
                classified(new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP"));

        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern);

        // The decision and its cases commit together, so once the timeline exists every case does.
        await().until(() -> get(concern.reference()).statusCode() == 200);
        JsonNode entries = JSON.readTree(get(concern.reference()).body()).get("entries");
        assertThat(entries.size()).isEqualTo(2);
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("ROUTED");
        assertThat(entries.get(1).get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
        assertThat(entries.get(1).get("recipientCode").asString()).isEqualTo("QOP");
        assertThat(entries.get(1).get("reasons"))
                .anySatisfy(reason -> assertThat(reason.asString())
                        .startsWith("Rule ICS-1: Example Street Surgery is an independent primary-care contractor with"
                                + " no trust board"));
        assertThat(casesOf(jdbc, concern)).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select provider_kind, organisation_code, provider_name, provider_icb_code from classification where concern_id = ?")
                        .param(concern.concernId())
                        .query()
                        .singleRow())
                .containsEntry("provider_kind", "GP_PRACTICE")
                .containsEntry("organisation_code", null)
                .containsEntry("provider_name", "Example Street Surgery")
                .containsEntry("provider_icb_code", "QOP");
        await().untilAsserted(() -> assertThat(
                        routed.recordsWithKey(concern.concernId().toString()))
                .singleElement()
                .satisfies(record -> assertThat(
                                JSON.readTree(record.value()).get("destination").asString())
                        .isEqualTo("ICS_QUALITY_GROUP")));
    }

    @Test
    void concernAboutAProviderInAnIcbOutsideTheDirectoryIsShownAsNeedingTriage() throws Exception {
        ConcernClassifiedV2 concern =
                classified(new Provider(ProviderKind.COMMUNITY_PHARMACY, null, "Example Pharmacy", "QZZ"));

        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern);

        await().until(() -> get(concern.reference()).statusCode() == 200);
        JsonNode entries = JSON.readTree(get(concern.reference()).body()).get("entries");
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("NEEDS_TRIAGE");
        assertThat(entries.get(1).get("reason").asString()).contains("QZZ", "Example Pharmacy");
        assertThat(casesOf(jdbc, concern)).isZero();
    }

    @Test
    void classificationsStoredBeforeProvidersAndRevisionsAreKeptAsRevision1AboutNhsTrustsNamedByTheirCode() {
        String schema = "legacy_" + Long.toHexString(System.nanoTime());
        UUID concernId = UUID.randomUUID();
        try {
            migrations(schema).target("1").load().migrate();
            jdbc.sql("""
                            insert into %s.classification (concern_id, reference, organisation_code, policy_version,
                              primary_domain, domains, harm, urgent, needs_triage, classified_at,
                              routing_policy_version, routing_outcome, decided_at)
                            values (?, 'QC-2026-000001', 'RRK', 'tagging-2026.1', 'SAFE', '[]', '{}', false, false,
                              now(), 'routing-2026.1', 'ROUTED', now())
                            """.formatted(schema)).param(concernId).update();

            migrations(schema).load().migrate();

            assertThat(jdbc.sql(
                                    "select provider_kind, organisation_code, provider_name, provider_icb_code from %s.classification where concern_id = ?"
                                            .formatted(schema))
                            .param(concernId)
                            .query()
                            .singleRow())
                    .containsEntry("provider_kind", "NHS_TRUST")
                    .containsEntry("organisation_code", "RRK")
                    .containsEntry("provider_name", "RRK")
                    .containsEntry("provider_icb_code", null);
            assertThat(jdbc.sql("select revision, routing_outcome from %s.classification_revision where concern_id = ?"
                                    .formatted(schema))
                            .param(concernId)
                            .query()
                            .singleRow())
                    .containsEntry("revision", 1)
                    .containsEntry("routing_outcome", "ROUTED");
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    @Test
    void poisonIsDeadLetteredAndRoutingCarriesOn() {
        UUID poisonKey = UUID.randomUUID();
        events.publishRaw(EventType.CONCERN_CLASSIFIED_V2, poisonKey, "{\"concernId\": 42");
        ConcernClassifiedV2 next = classified(trust("R0A"));
        raise(next);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, next.concernId(), next);

        await().untilAsserted(() -> assertThat(deadLetters.recordsWithKey(poisonKey.toString()))
                .singleElement()
                .satisfies(dead -> assertThat(TopicProbe.header(dead, "candour_dlq_reason"))
                        .startsWith("poison")));
        await().untilAsserted(() -> assertThat(casesOf(jdbc, next)).isEqualTo(2));
    }

    @Test
    void aClassificationOfAConcernNeverRaisedHoldsUpNothingBehindItAndIsDeadLetteredAfterTheWaitChangingNothing()
            throws Exception {
        double waitedOutBefore = deadLettersCounted("waited-out");
        ConcernClassifiedV2 unknown = classified(trust("R0A"));
        ConcernClassifiedV2 next = classified(trust("R0A"));

        UUID unknownEvent = events.publish(EventType.CONCERN_CLASSIFIED_V2, unknown.concernId(), unknown);
        raise(next);
        // Under the unknown concern's key, so on its partition, behind it.
        events.publish(EventType.CONCERN_CLASSIFIED_V2, unknown.concernId(), next);

        // Blocking retries held the partition for two and a half minutes; now the next record is routed while the
        // unknown one still waits for its raising.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(casesOf(jdbc, next)).isEqualTo(2));
        assertThat(deadLetters.recordsWithKey(unknown.concernId().toString())).isEmpty();
        assertThat(parkedOf(jdbc, unknown)).containsExactly("waiting");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                deadLetters.recordsWithKey(unknown.concernId().toString()))
                        .singleElement()
                        .satisfies(dead -> {
                            assertThat(TopicProbe.header(dead, "candour_dlq_reason"))
                                    .isEqualTo("waited out: Concern " + unknown.concernId()
                                            + " was not raised by intake within 8 seconds, so its classification"
                                            + " is not routed (a later raising still routes it)");
                            assertThat(TopicProbe.header(dead, CloudEventHeaders.ID))
                                    .isEqualTo(unknownEvent.toString());
                            assertThat(TopicProbe.header(dead, CloudEventHeaders.TYPE))
                                    .isEqualTo(EventType.CONCERN_CLASSIFIED_V2.type());
                            assertThat(TopicProbe.header(dead, CloudEventHeaders.SUBJECT))
                                    .isEqualTo(unknown.concernId().toString());
                            assertThat(TopicProbe.header(dead, CloudEventHeaders.CONTENT_TYPE))
                                    .isEqualTo(CloudEventHeaders.JSON);
                            assertThat(JSON.readValue(dead.value(), ConcernClassifiedV2.class))
                                    .isEqualTo(unknown);
                        }));
        await().untilAsserted(() -> assertThat(parkedOf(jdbc, unknown)).containsExactly("dead-lettered"));
        // Other tests' classifications may be swept meanwhile, so at least this one more.
        assertThat(deadLettersCounted("waited-out")).isGreaterThanOrEqualTo(waitedOutBefore + 1);
        assertThat(casesOf(jdbc, unknown)).isZero();
        assertThat(jdbc.sql("select count(*) from classification where concern_id = ?")
                        .param(unknown.concernId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aClassificationThatOvertakesItsRaisingIsParkedOnceAndRoutedWhenTheRaisingArrives() {
        ConcernClassifiedV2 early = classified(trust("R0A"));
        UUID eventId = UUID.randomUUID();

        events.publish(EventType.CONCERN_CLASSIFIED_V2, early.concernId(), early, eventId);
        await().untilAsserted(() -> assertThat(parkedOf(jdbc, early)).containsExactly("waiting"));
        // Known raised from now on, though no raising event has come to release the parked row: a redelivery let
        // through would now be routed, where a skipped one changes nothing.
        recordRaisedWithoutItsEvent(jdbc, early);
        // Delivered again, as after a rebalance, then a record behind it on its partition to know it was read.
        events.publish(EventType.CONCERN_CLASSIFIED_V2, early.concernId(), early, eventId);
        ConcernClassifiedV2 behind = classified(trust("R0A"));
        raise(behind);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, early.concernId(), behind);
        await().untilAsserted(() -> assertThat(casesOf(jdbc, behind)).isEqualTo(2));
        assertThat(casesOf(jdbc, early))
                .as("the redelivery skipped, not routed")
                .isZero();
        assertThat(parkedOf(jdbc, early)).containsExactly("waiting");

        raise(early);

        await().untilAsserted(() -> assertThat(casesOf(jdbc, early)).isEqualTo(2));
        assertThat(parkedOf(jdbc, early)).isEmpty();
        assertThat(announced(early)).isEqualTo(2);
        assertThat(deadLetters.recordsWithKey(early.concernId().toString())).isEmpty();
    }

    @Test
    void aRaisingThatComesAfterTheDeadLetterStillRoutesTheClassification() {
        ConcernClassifiedV2 late = classified(trust("R0A"));

        events.publish(EventType.CONCERN_CLASSIFIED_V2, late.concernId(), late);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(parkedOf(jdbc, late)).containsExactly("dead-lettered"));
        assertThat(deadLetters.recordsWithKey(late.concernId().toString())).hasSize(1);
        assertThat(casesOf(jdbc, late)).isZero();

        raise(late);

        await().untilAsserted(() -> assertThat(casesOf(jdbc, late)).isEqualTo(2));
        assertThat(parkedOf(jdbc, late)).isEmpty();
        assertThat(announced(late)).isEqualTo(2);
        assertThat(deadLetters.recordsWithKey(late.concernId().toString())).hasSize(1);
    }

    @Test
    void whileATrustConcernAwaitsTriageOnlyItsBoardIsToldAndTheReviewOpensTheRest() throws Exception {
        ConcernClassifiedV2 unsure = classified(trust("R0A"), List.of("The harm grade rests on one phrase"));

        raise(unsure);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, unsure.concernId(), unsure);

        await().untilAsserted(() -> assertThat(
                        routed.recordsWithKey(unsure.concernId().toString()))
                .singleElement()
                .satisfies(record -> assertThat(
                                JSON.readTree(record.value()).get("destination").asString())
                        .isEqualTo("TRUST_BOARD")));
        assertThat(outcomeOf(unsure)).isEqualTo("NEEDS_TRIAGE");
        JsonNode held = JSON.readTree(get(unsure.reference()).body()).get("entries");
        assertThat(held)
                .extracting(entry -> entry.get("kind").asString())
                .containsExactly("CLASSIFIED", "ROUTED", "NEEDS_TRIAGE");
        assertThat(held.get(0).get("triageReasons").get(0).asString()).isEqualTo("The harm grade rests on one phrase");
        assertThat(held.get(1).get("destination").asString()).isEqualTo("TRUST_BOARD");
        assertThat(held.get(2).get("reason").asString()).contains("The harm grade rests on one phrase");
        assertThat(held.get(2).get("waiting"))
                .singleElement()
                .satisfies(waiting -> assertThat(waiting.get("destination").asString() + " "
                                + waiting.get("recipientCode").asString())
                        .isEqualTo("ICS_QUALITY_GROUP QOP"));

        ConcernClassifiedV2 reviewed = corrected(unsure, 2, unsure.provider(), "The harm is as graded.");
        raise(reviewed);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, reviewed.concernId(), reviewed);

        await().untilAsserted(() ->
                assertThat(routed.recordsWithKey(unsure.concernId().toString())).hasSize(2));
        // The outbox keeps a concern's events in order, so a repeated board case would have come first.
        assertThat(routed.recordsWithKey(unsure.concernId().toString()))
                .extracting(record ->
                        JSON.readTree(record.value()).get("destination").asString())
                .containsExactly("TRUST_BOARD", "ICS_QUALITY_GROUP");
        assertThat(outcomeOf(unsure)).isEqualTo("ROUTED");
        JsonNode entries = JSON.readTree(get(unsure.reference()).body()).get("entries");
        assertThat(entries)
                .extracting(entry -> entry.get("kind").asString() + " "
                        + entry.get("revision").asInt())
                .containsExactly("CLASSIFIED 1", "ROUTED 1", "NEEDS_TRIAGE 1", "CLASSIFIED 2", "ROUTED 2");
        assertThat(entries.get(3).get("reviewer").asString()).isEqualTo("quality.lead@mft.example");
        assertThat(entries.get(3).get("reviewReason").asString()).isEqualTo("The harm is as graded.");
        assertThat(entries.get(4).get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
        assertThat(casesOf(jdbc, unsure)).isEqualTo(2);
    }

    @Test
    void aConcernAwaitingTriageAboutAProviderWithoutABoardGoesNowhereYet() throws Exception {
        ConcernClassifiedV2 unsure = classified(
                new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP"),
                List.of("No domain matched the description"));

        raise(unsure);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, unsure.concernId(), unsure);

        await().until(() -> get(unsure.reference()).statusCode() == 200);
        JsonNode entries = JSON.readTree(get(unsure.reference()).body()).get("entries");
        assertThat(entries)
                .extracting(entry -> entry.get("kind").asString())
                .containsExactly("CLASSIFIED", "NEEDS_TRIAGE");
        assertThat(entries.get(1).get("reason").asString()).contains("nothing is shared until the check");
        assertThat(entries.get(1).get("waiting").get(0).get("recipientCode").asString())
                .isEqualTo("QOP");
        assertThat(outcomeOf(unsure)).isEqualTo("NEEDS_TRIAGE");
        assertThat(casesOf(jdbc, unsure)).isZero();
        assertThat(announced(unsure)).isZero();
    }

    @Test
    void aCorrectionThatDropsADestinationWithdrawsItsCaseAndKeepsTheRest() throws Exception {
        ConcernClassifiedV2 first = classified(trust("R0A"));
        raise(first);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, first.concernId(), first);
        await().untilAsserted(() ->
                assertThat(routed.recordsWithKey(first.concernId().toString())).hasSize(2));

        ConcernClassifiedV2 practice = corrected(
                first,
                2,
                new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP"),
                "The care was at the practice, not the hospital.");
        raise(practice);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, practice.concernId(), practice);

        await().until(() ->
                JSON.readTree(get(first.reference()).body()).get("entries").size() == 5);
        JsonNode entries = JSON.readTree(get(first.reference()).body()).get("entries");
        assertThat(entries)
                .extracting(entry -> entry.get("kind").asString() + " "
                        + entry.get("revision").asInt())
                .containsExactly("CLASSIFIED 1", "ROUTED 1", "ROUTED 1", "CLASSIFIED 2", "WITHDRAWN 2");
        JsonNode withdrawn = entries.get(4);
        assertThat(withdrawn.get("destination").asString()).isEqualTo("TRUST_BOARD");
        assertThat(withdrawn.get("recipientCode").asString()).isEqualTo("R0A");
        assertThat(withdrawn.get("caseId").asString())
                .isEqualTo(entries.get(1).get("caseId").asString());
        assertThat(withdrawn.get("reason").asString())
                .isEqualTo("reviewer quality.lead@mft.example corrected the classification:"
                        + " The care was at the practice, not the hospital.");
        assertThat(jdbc.sql("select destination, status from routed_case where concern_id = ? order by position")
                        .param(first.concernId())
                        .query((row, n) -> row.getString(1) + " " + row.getString(2))
                        .list())
                .containsExactly("TRUST_BOARD WITHDRAWN", "ICS_QUALITY_GROUP OPEN");
        // Withdrawals are not announced (delivery learns of them later), and the kept case is not repeated.
        assertThat(announced(first)).isEqualTo(2);

        ConcernClassifiedV2 backAgain = corrected(first, 3, first.provider(), "It was the hospital after all.");
        raise(backAgain);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, backAgain.concernId(), backAgain);

        await().untilAsserted(() ->
                assertThat(routed.recordsWithKey(first.concernId().toString())).hasSize(3));
        assertThat(JSON.readTree(routed.recordsWithKey(first.concernId().toString())
                                .get(2)
                                .value())
                        .get("caseId")
                        .asString())
                .isEqualTo(withdrawn.get("caseId").asString());
        assertThat(JSON.readTree(get(first.reference()).body()).get("entries"))
                .extracting(entry -> entry.get("kind").asString() + " "
                        + entry.get("revision").asInt())
                .endsWith("CLASSIFIED 3", "ROUTED 3");
        assertThat(jdbc.sql("select count(*) from routed_case where concern_id = ? and status = 'OPEN'")
                        .param(first.concernId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aCorrectionToAnotherTrustWithdrawsTheOldCasesAndAnnouncesTheNew() throws Exception {
        ConcernClassifiedV2 first = classified(trust("R0A"));
        raise(first);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, first.concernId(), first);
        await().untilAsserted(() ->
                assertThat(routed.recordsWithKey(first.concernId().toString())).hasSize(2));

        ConcernClassifiedV2 elsewhere =
                corrected(first, 2, trust("RRK"), "The patient was transferred; the missed dose was at RRK.");
        raise(elsewhere);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, elsewhere.concernId(), elsewhere);

        await().untilAsserted(() ->
                assertThat(routed.recordsWithKey(first.concernId().toString())).hasSize(4));
        assertThat(routed.recordsWithKey(first.concernId().toString()))
                .extracting(record -> JSON.readTree(record.value())
                                .get("destination")
                                .asString() + " "
                        + JSON.readTree(record.value()).get("recipientCode").asString())
                .startsWith("TRUST_BOARD R0A", "ICS_QUALITY_GROUP QOP")
                .contains("TRUST_BOARD RRK");
        JsonNode entries = JSON.readTree(get(first.reference()).body()).get("entries");
        assertThat(entries)
                .extracting(entry -> entry.get("kind").asString() + " "
                        + entry.get("revision").asInt())
                .containsExactly(
                        "CLASSIFIED 1",
                        "ROUTED 1",
                        "ROUTED 1",
                        "CLASSIFIED 2",
                        "ROUTED 2",
                        "ROUTED 2",
                        "WITHDRAWN 2",
                        "WITHDRAWN 2");
        assertThat(jdbc.sql("select count(*) from routed_case where concern_id = ? and status = 'OPEN'")
                        .param(first.concernId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aRepeatedOrOlderRevisionChangesNothing() throws Exception {
        ConcernClassifiedV2 first = classified(trust("R0A"));
        ConcernClassifiedV2 practice = corrected(
                first,
                2,
                new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP"),
                "The care was at the practice.");
        raise(first);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, first.concernId(), first);
        raise(practice);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, practice.concernId(), practice);
        await().until(() -> get(first.reference()).statusCode() == 200
                && JSON.readTree(get(first.reference()).body()).get("entries").size() == 5);
        String before = get(first.reference()).body();

        UUID again = events.publish(EventType.CONCERN_CLASSIFIED_V2, practice.concernId(), practice);
        UUID older = events.publish(EventType.CONCERN_CLASSIFIED_V2, first.concernId(), first);

        await().until(() -> processed(jdbc, again) && processed(jdbc, older));
        assertThat(get(first.reference()).body()).isEqualTo(before);
        assertThat(revisionOf(first)).isEqualTo(2);
        assertThat(announced(first)).isEqualTo(2);

        // A correction that arrives before the classifier's revision wins, and the late revision 1 is ignored.
        ConcernClassifiedV2 late = classified(trust("R0A"));
        ConcernClassifiedV2 early = corrected(
                late, 2, new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP"), "A practice.");
        raise(early);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, early.concernId(), early);
        UUID lateEvent = events.publish(EventType.CONCERN_CLASSIFIED_V2, late.concernId(), late);

        await().until(() -> processed(jdbc, lateEvent));
        assertThat(revisionOf(late)).isEqualTo(2);
        assertThat(jdbc.sql("select destination from routed_case where concern_id = ?")
                        .param(late.concernId())
                        .query(String.class)
                        .list())
                .containsExactly("ICS_QUALITY_GROUP");
        assertThat(JSON.readTree(get(late.reference()).body()).get("entries"))
                .extracting(entry -> entry.get("kind").asString() + " "
                        + entry.get("revision").asInt())
                .containsExactly("CLASSIFIED 2", "ROUTED 2");
    }

    @Test
    void aRevisionThatBreaksTheEventsRulesIsDeadLettered() throws Exception {
        UUID poisonKey = UUID.randomUUID();
        ObjectNode noReview = (ObjectNode) JSON.readTree(ConcernClassifiedV2.class.getResourceAsStream(
                "/org/candour/events/samples/concern-classified.v2.json"));
        noReview.put("concernId", poisonKey.toString());
        noReview.putNull("review");

        events.publishRaw(EventType.CONCERN_CLASSIFIED_V2, poisonKey, JSON.writeValueAsString(noReview));

        await().untilAsserted(() -> assertThat(deadLetters.recordsWithKey(poisonKey.toString()))
                .singleElement()
                .satisfies(dead -> assertThat(TopicProbe.header(dead, "candour_dlq_reason"))
                        .startsWith("poison")));
        assertThat(jdbc.sql("select count(*) from classification where concern_id = ?")
                        .param(poisonKey)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void timelineOfAnUnknownOrMalformedReferenceIsAProblem() throws Exception {
        HttpResponse<String> unknown = get("QC-1999-000001");
        HttpResponse<String> malformed = get("not-a-reference");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(unknown.body()).get("detail").asString()).contains("QC-1999-000001");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("title").asString()).isEqualTo("Not a concern reference");
    }

    @Test
    void publishedOpenApiDocumentDescribesTheRunningApi() throws Exception {
        String served = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        JsonNode document = OpenApiDocument.verify("routing", served);

        assertThat(document.at("/paths/~1api~1v1~1concerns~1{reference}~1timeline/get")
                        .isMissingNode())
                .isFalse();
    }

    @Test
    void aCaseThatReachedItsBodyIsShownOnceInTheTimelineAndADeliveryOfACaseNeverRoutedIsDeadLettered()
            throws Exception {
        ConcernClassifiedV2 concern = classified(trust("R0A"));
        raise(concern);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, concern.concernId(), concern);
        await().until(() -> casesOf(jdbc, concern) == 2);
        Map<String, Object> icsCase = jdbc.sql(
                        "select case_id, recipient_name from routed_case where concern_id = ? and destination = 'ICS_QUALITY_GROUP'")
                .param(concern.concernId())
                .query()
                .singleRow();
        UUID caseId = (UUID) icsCase.get("case_id");
        CaseDeliveredV1 delivered = new CaseDeliveredV1(
                caseId,
                concern.concernId(),
                concern.reference(),
                Destination.ICS_QUALITY_GROUP,
                "QOP",
                (String) icsCase.get("recipient_name"),
                Instant.parse("2026-11-25T10:15:30Z"));
        CaseDeliveredV1 neverRouted = new CaseDeliveredV1(
                UUID.randomUUID(),
                concern.concernId(),
                concern.reference(),
                Destination.CQC,
                "CQC",
                "Care Quality Commission",
                Instant.parse("2026-11-25T10:16:00Z"));

        try (TopicProbe deliveryDeadLetters = TopicProbe.on(
                infrastructure.kafkaBootstrapServers(), EventType.CASE_DELIVERED_V1.deadLetterTopic("routing"))) {
            events.publish(EventType.CASE_DELIVERED_V1, concern.concernId(), delivered);
            // Announced again, as a delivery that restarted before committing would: it changes nothing.
            events.publish(EventType.CASE_DELIVERED_V1, concern.concernId(), delivered);
            events.publish(EventType.CASE_DELIVERED_V1, concern.concernId(), neverRouted);

            // One key, one partition, read in order: once the last is dead-lettered, the first two are done.
            await().untilAsserted(() -> assertThat(deliveryDeadLetters.recordsWithKey(
                            concern.concernId().toString()))
                    .hasSize(1));
        }
        List<JsonNode> deliveries = JSON.readTree(get(concern.reference()).body())
                .get("entries")
                .valueStream()
                .filter(entry -> entry.get("kind").asString().equals("DELIVERED"))
                .toList();
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(deliveries.get(0).get("at").asString()).isEqualTo("2026-11-25T10:15:30Z");
        assertThat(deliveries.get(0).get("revision").asInt()).isEqualTo(1);
        assertThat(deliveries.get(0).get("destination").asString()).isEqualTo("ICS_QUALITY_GROUP");
        assertThat(deliveries.get(0).get("recipientCode").asString()).isEqualTo("QOP");
    }

    private String outcomeOf(ConcernClassifiedV2 concern) {
        return jdbc.sql("select routing_outcome from classification where concern_id = ?")
                .param(concern.concernId())
                .query(String.class)
                .single();
    }

    private int revisionOf(ConcernClassifiedV2 concern) {
        return jdbc.sql("select revision from classification where concern_id = ?")
                .param(concern.concernId())
                .query(Integer.class)
                .single();
    }

    /**
     * Cases announced for the concern, counted once a concern routed after it has been announced: the
     * outbox relay publishes in order, so anything announced before it is on the topic by then.
     */
    private long announced(ConcernClassifiedV2 concern) {
        ConcernClassifiedV2 marker = classified(trust("R0A"));
        raise(marker);
        events.publish(EventType.CONCERN_CLASSIFIED_V2, marker.concernId(), marker);
        await().untilAsserted(() ->
                assertThat(routed.recordsWithKey(marker.concernId().toString())).hasSize(2));
        return routed.recordsWithKey(concern.concernId().toString()).size();
    }

    /**
     * Routing's count of the classification topic's dead letters for the reason, read as an operator reads it at
     * {@code /actuator/metrics}; zero before the first (the count of {@code waited-out} appears with it).
     */
    private double deadLettersCounted(String reason) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/actuator/metrics/candour.messaging.dead.letters?tag=topic:"
                                + EventType.CONCERN_CLASSIFIED_V2.topic() + "&tag=group:routing&tag=reason:" + reason))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return 0;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body())
                .path("measurements")
                .get(0)
                .path("value")
                .asDouble();
    }

    private HttpResponse<String> get(String reference) throws Exception {
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/concerns/" + reference + "/timeline"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private FluentConfiguration migrations(String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration");
    }
}
