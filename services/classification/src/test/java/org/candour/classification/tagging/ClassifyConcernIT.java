package org.candour.classification.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowingConsumer;
import org.candour.classification.RaisedConcerns;
import org.candour.classification.Reviewers;
import org.candour.classification.analysis.Answers;
import org.candour.classification.analysis.Finding;
import org.candour.classification.analysis.Findings;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.candour.events.CloudEventHeaders;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.ConcernSignal;
import org.candour.events.EventType;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.IncidentCategory;
import org.candour.events.Professional;
import org.candour.events.ProfessionalRole;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedBefore;
import org.candour.events.RaisedRoute;
import org.candour.messaging.OutboxRelay;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.OpenApiDocument;
import org.candour.testsupport.TopicProbe;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.IllegalTransactionStateException;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.messaging.relay.interval=50ms",
            "candour.messaging.consumer.max-attempts=3",
            "candour.messaging.consumer.initial-backoff=50ms"
        })
@AutoConfigureRestTestClient
@DirtiesContext
class ClassifyConcernIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventType<ConcernRaisedV1> RAISED = EventType.CONCERN_RAISED_V1;
    private static final EventType<ConcernClassifiedV2> CLASSIFIED = EventType.CONCERN_CLASSIFIED_V2;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());

    private static final String MISSED_INSULIN = "On the night shift two patients were not given their insulin because"
            + " the medicines cabinet key was missing. One patient's blood sugar went dangerously high and they"
            + " needed extra treatment on HDU overnight.";

    private static final Provider GP_PRACTICE =
            new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP");

    private static TopicProbe classified;
    private static TopicProbe deadLetters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OutboxRelay relay;

    @Autowired
    RestTestClient http;

    @Autowired
    ClassifyConcern classifyConcern;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("classification_it", registry);
        Reviewers.register(registry);
    }

    @BeforeEach
    void signInAsAReviewer() {
        http = http.mutate()
                .defaultHeaders(headers -> Reviewers.signIn(headers, Reviewers.QUALITY_LEAD))
                .build();
    }

    @BeforeAll
    static void watchTopics() {
        classified = TopicProbe.on(infrastructure.kafkaBootstrapServers(), CLASSIFIED.topic());
        deadLetters = TopicProbe.on(infrastructure.kafkaBootstrapServers(), RAISED.deadLetterTopic("classification"));
    }

    @AfterAll
    static void stopWatching() {
        classified.close();
        deadLetters.close();
    }

    @Test
    void raisedConcernIsClassifiedKeptWithoutItsDescriptionAndAnnouncedKeyedByTheConcern() {
        ConcernRaisedV1 concern = RaisedConcerns.about(MISSED_INSULIN);
        String concernId = concern.concernId().toString();

        events.publish(RAISED, concern.concernId(), concern, UUID.randomUUID());

        await().untilAsserted(() -> assertThat(classified.recordsWithKey(concernId))
                .singleElement()
                .satisfies(record -> {
                    assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE))
                            .isEqualTo(CLASSIFIED.type());
                    assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE))
                            .isEqualTo(CLASSIFIED.source());
                    assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT))
                            .isEqualTo(concernId);
                    ConcernClassifiedV2 event = JSON.readValue(record.value(), ConcernClassifiedV2.class);
                    assertThat(event.concernId()).isEqualTo(concern.concernId());
                    assertThat(event.reference()).isEqualTo(concern.reference());
                    assertThat(event.provider()).isEqualTo(RaisedConcerns.MANCHESTER);
                    assertThat(event.taxonomyVersion()).isEqualTo("taxonomy-2026.40");
                    assertThat(event.revision()).isEqualTo(1);
                    assertThat(event.review()).isNull();
                    assertThat(event.primaryDomain()).isEqualTo(QualityDomain.SAFE);
                    assertThat(event.domains()).extracting(DomainTag::domain).containsExactly(QualityDomain.SAFE);
                    assertThat(event.domains().getFirst().evidence())
                            .contains("\"insulin\" suggests SAFE (medication)");
                    assertThat(event.harm().level()).isEqualTo(HarmLevel.MODERATE);
                    assertThat(event.urgent()).isFalse();
                    assertThat(event.needsTriage()).isFalse();
                    assertThat(event.triageReasons()).isEmpty();
                    assertThat(event.incidentCategory().category()).isEqualTo(IncidentCategory.MEDICATION);
                    assertThat(event.incidentCategory().evidence())
                            .anySatisfy(evidence -> assertThat(evidence).startsWith("\"insulin\" suggests MEDICATION"));
                    assertThat(event.professionals()).isEmpty();
                    assertThat(event.complaint().status()).isEqualTo(ComplaintStatus.NONE);
                    assertThat(event.complaint().finalResponseOn()).isNull();
                    assertThat(record.value()).doesNotContain("cabinet key");
                }));
        assertThat(storedRow(concern.concernId()))
                .contains(
                        "\"policy_version\":\"taxonomy-2026.40\"",
                        "\"harm_level\":\"MODERATE\"",
                        "\"provider_kind\":\"NHS_TRUST\"",
                        "\"organisation_code\":\"R0A\"",
                        "\"incidentCategory\": {\"value\": \"MEDICATION\"")
                .doesNotContain("cabinet key");
        http.get()
                .uri("/api/v1/classifications/{concernId}", concernId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.concernId")
                .isEqualTo(concernId)
                .jsonPath("$.provider.kind")
                .isEqualTo("NHS_TRUST")
                .jsonPath("$.provider.odsCode")
                .isEqualTo("R0A")
                .jsonPath("$.provider.name")
                .isEqualTo("Manchester University NHS Foundation Trust")
                .jsonPath("$.organisationCode")
                .doesNotExist()
                .jsonPath("$.primaryDomain")
                .isEqualTo("SAFE")
                .jsonPath("$.harm.level")
                .isEqualTo("MODERATE")
                .jsonPath("$.classifiedAt")
                .value(at -> assertThat(Instant.parse((String) at)).isBeforeOrEqualTo(Instant.now()))
                .jsonPath("$.domains[0].evidence[0]")
                .isEqualTo("\"insulin\" suggests SAFE (medication)")
                .jsonPath("$.revision")
                .isEqualTo(1)
                .jsonPath("$.review")
                .isEmpty()
                .jsonPath("$.taxonomyVersion")
                .isEqualTo("taxonomy-2026.40")
                .jsonPath("$.incidentCategory.category")
                .isEqualTo("MEDICATION")
                .jsonPath("$.complaint.status")
                .isEqualTo("NONE")
                .jsonPath("$.findings.taxonomyVersion")
                .isEqualTo("taxonomy-2026.40")
                .jsonPath("$.findings.incidentCategory.value")
                .isEqualTo("MEDICATION")
                .jsonPath("$.findings.physicalHarm.evidence[0]")
                .isEqualTo("\"extra treatment\" suggests MODERATE (significant but not permanent harm)")
                .jsonPath("$.findings.fitnessToPractise.value")
                .isEqualTo("NOT_APPLICABLE")
                .jsonPath("$.findings.triageReasons")
                .isEmpty();
    }

    @Test
    void deathReportedAsImmediateDangerIsAnnouncedAsUrgent() {
        ConcernRaisedV1 concern = RaisedConcerns.describing(
                        "A resident died after being left on the floor after a fall.")
                .immediateDanger()
                .build();

        raiseAndCheck(concern, event -> {
            assertThat(event.harm().level()).isEqualTo(HarmLevel.DEATH);
            assertThat(event.primaryDomain()).isEqualTo(QualityDomain.SAFE);
            assertThat(event.urgent()).isTrue();
        });
    }

    @Test
    void gpPracticeConcernKeepsItsProviderAndTakesTheReportersHarmWhenTheWordsGiveNone() {
        ConcernRaisedV1 concern = RaisedConcerns.describing("Staff at the surgery were rude to my mother.")
                .provider(GP_PRACTICE)
                .reportedHarm(HarmLevel.LOW)
                .build();

        raiseAndCheck(concern, event -> {
            assertThat(event.provider()).isEqualTo(GP_PRACTICE);
            assertThat(event.harm().level()).isEqualTo(HarmLevel.LOW);
            assertThat(event.harm().evidence()).containsExactly("the reporter chose: LOW");
            assertThat(event.urgent()).isFalse();
        });
        http.get()
                .uri("/api/v1/classifications/{concernId}", concern.concernId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.provider.kind")
                .isEqualTo("GP_PRACTICE")
                .jsonPath("$.provider.name")
                .isEqualTo("Example Street Surgery")
                .jsonPath("$.provider.icbCode")
                .isEqualTo("QOP")
                .jsonPath("$.provider.odsCode")
                .isEmpty();
    }

    @Test
    void professionalsNamedOnTheFormAreKeptWithTheirRegulatorAndTheConductAssessed() {
        ConcernRaisedV1 concern = RaisedConcerns.describing(
                        "The agency RMN slapped my father twice and the HCA saw her do it again last night.")
                .professionals(new Professional(ProfessionalRole.NURSE, null))
                .build();

        raiseAndCheck(concern, event -> {
            // The form's answer names the professionals; the HCA in the words is a witness, not one of them.
            assertThat(event.professionals())
                    .extracting(ProfessionalTag::role, ProfessionalTag::fitnessToPractise)
                    .containsExactly(tuple(ProfessionalRole.NURSE, true));
            assertThat(event.professionals().getFirst().evidence()).first().isEqualTo("the reporter chose: NURSE");
            assertThat(event.professionals().getFirst().evidence())
                    .anySatisfy(evidence -> assertThat(evidence).contains("slapped"));
            assertThat(event.incidentCategory().category()).isEqualTo(IncidentCategory.PATIENT_ABUSE);
            assertThat(event.complaint().byOrForPatient()).isTrue();
            assertThat(event.signals())
                    .extracting(SignalTag::signal)
                    .contains(ConcernSignal.RECURRING, ConcernSignal.SAFEGUARDING);
        });
        http.get()
                .uri("/api/v1/classifications/{concernId}", concern.concernId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.primaryDomain")
                .isEqualTo("SAFE")
                .jsonPath("$.professionals[0].fitnessToPractise")
                .isEqualTo(true)
                .jsonPath("$.findings.professionals[0].role")
                .isEqualTo("NURSE")
                .jsonPath("$.findings.professionals[0].regulator")
                .isEqualTo("NMC")
                .jsonPath("$.findings.professionals[0].evidence[0]")
                .isEqualTo("the reporter chose: NURSE")
                .jsonPath("$.findings.professionals.length()")
                .isEqualTo(1)
                .jsonPath("$.findings.fitnessToPractise.value")
                .isEqualTo("MAY_MEET_THRESHOLD")
                .jsonPath("$.findings.incidentCategory.value")
                .isEqualTo("PATIENT_ABUSE")
                .jsonPath("$.findings.reporter.value")
                .isEqualTo("ACTING_FOR_PATIENT")
                .jsonPath("$.findings.signals[*].value")
                .value(signals -> assertThat(signals.toString()).contains("RECURRING", "SAFEGUARDING"));
    }

    @Test
    void meaninglessDescriptionIsAnnouncedForTriageWithTheReason() {
        ConcernRaisedV1 concern = RaisedConcerns.about("asdf");

        raiseAndCheck(concern, event -> {
            assertThat(event.needsTriage()).isTrue();
            assertThat(event.triageReasons())
                    .first()
                    .isEqualTo("the description is too short to classify: 1 word with meaning and no cue");
        });
        http.get()
                .uri("/api/v1/classifications/{concernId}", concern.concernId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.findings.needsTriage")
                .isEqualTo(true)
                .jsonPath("$.findings.triageReasons[0]")
                .isEqualTo("the description is too short to classify: 1 word with meaning and no cue");
    }

    /** Raises the concern and waits for its one classification, which {@code check} must accept. */
    private void raiseAndCheck(ConcernRaisedV1 concern, ThrowingConsumer<ConcernClassifiedV2> check) {
        events.publish(RAISED, concern.concernId(), concern, UUID.randomUUID());

        await().untilAsserted(() -> assertThat(
                        classified.recordsWithKey(concern.concernId().toString()))
                .singleElement()
                .satisfies(record -> check.accept(JSON.readValue(record.value(), ConcernClassifiedV2.class))));
    }

    @Test
    void finalResponseDateAndWhereItWasRaisedBeforeAreCarriedForRouting() {
        LocalDate finalResponseOn = LocalDate.of(2026, 9, 14);
        ConcernRaisedV1 concern = RaisedConcerns.describing(
                        "I was the patient. My wound was left undressed for three days and became infected.")
                .raisedBefore(new RaisedBefore(List.of(RaisedRoute.FORMAL_COMPLAINT), finalResponseOn))
                .identity(IdentityChoice.NAMED)
                .build();

        raiseAndCheck(concern, event -> {
            assertThat(event.complaint().status()).isEqualTo(ComplaintStatus.FINAL_RESPONSE);
            assertThat(event.complaint().finalResponseOn()).isEqualTo(finalResponseOn);
            assertThat(event.complaint().byOrForPatient()).isTrue();
            assertThat(event.complaint().evidence()).isNotEmpty();
            assertThat(event.raisedBefore()).containsExactly(RaisedRoute.FORMAL_COMPLAINT);
        });
    }

    @Test
    void theDestinationsTheWordsReadLikeArePublishedForRoutingWithTheirWords() {
        String text = "Residents on the dementia unit are left in wet beds all night and the manager has told us"
                + " not to write it down. Two residents fell last month and neither fall was reported. This has"
                + " been going on since the summer and nobody above her will listen.";
        Findings inProcess = TaxonomyLoader.classifier(new ClassPathResource("taxonomy/taxonomy.json"))
                .classify(text, Answers.none());
        assertThat(inProcess.readsLike())
                .as("the shipped reader reads this like some destination")
                .isNotEmpty();
        ConcernRaisedV1 concern = RaisedConcerns.describing(text).build();

        raiseAndCheck(concern, event -> {
            assertThat(event.readsLike())
                    .extracting(ConcernClassifiedV2.ReadsLikeTag::destination)
                    .containsExactlyElementsOf(
                            inProcess.readsLike().stream().map(Finding::value).toList());
            assertThat(event.readsLike())
                    .allSatisfy(reading -> assertThat(reading.evidence().getFirst())
                            .startsWith("read as a whole, the concern is like those the corpus sent to "
                                    + reading.destination()));
        });
    }

    @Test
    void reportersSevereHarmMakesAConcernUrgentWhenTheWordsGiveNoHarm() {
        ConcernRaisedV1 concern = RaisedConcerns.describing("Staff on the night shift are rude to the residents.")
                .reportedHarm(HarmLevel.SEVERE)
                .build();

        raiseAndCheck(concern, event -> {
            assertThat(event.harm().level()).isEqualTo(HarmLevel.SEVERE);
            assertThat(event.urgent()).isTrue();
        });
    }

    @Test
    void classificationsStoredBeforeProvidersAreReadAsNhsTrustsNamedByTheirCodeAndWithoutFindings() {
        String schema = "legacy_" + Long.toHexString(System.nanoTime());
        UUID concernId = UUID.randomUUID();
        try {
            migrations(schema).target("1").load().migrate();
            jdbc.sql("""
                            insert into %s.classification (concern_id, reference, organisation_code, policy_version,
                              primary_domain, domains, harm_level, harm, urgent, needs_triage, classified_at)
                            values (?, 'QC-2026-000001', 'RRK', 'tagging-2026.1', 'SAFE', '[]', 'UNKNOWN', '{}',
                              false, false, now())
                            """.formatted(schema)).param(concernId).update();

            migrations(schema).load().migrate();

            assertThat(jdbc.sql(
                                    "select provider_kind, organisation_code, provider_name, provider_icb_code, findings from %s.classification where concern_id = ?"
                                            .formatted(schema))
                            .param(concernId)
                            .query()
                            .singleRow())
                    .containsEntry("provider_kind", "NHS_TRUST")
                    .containsEntry("organisation_code", "RRK")
                    .containsEntry("provider_name", "RRK")
                    .containsEntry("provider_icb_code", null)
                    .containsEntry("findings", null);
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    @Test
    void classificationsStoredBeforeRevisionsBecomeRevisionOneReadableAsTheEvent() {
        String schema = "legacy_" + Long.toHexString(System.nanoTime());
        UUID withFindings = UUID.randomUUID();
        UUID withoutFindings = UUID.randomUUID();
        try {
            migrations(schema).target("3").load().migrate();
            String insert = """
                    insert into %s.classification (concern_id, reference, provider_kind, organisation_code,
                      provider_name, policy_version, primary_domain, domains, harm_level, harm, urgent, needs_triage,
                      classified_at, findings)
                    values (?, 'QC-2026-000002', 'NHS_TRUST', 'R0A', 'Manchester University NHS Foundation Trust',
                      ?, 'SAFE', '[{"domain":"SAFE","confidence":0.5,"evidence":["\\"slapped\\" suggests SAFE"]}]',
                      'UNKNOWN', '{"level":"UNKNOWN","confidence":0.2,"evidence":["no harm cue matched"]}',
                      false, ?, '2026-11-20T10:15:30.123Z', cast(? as jsonb))
                    """.formatted(schema);
            jdbc.sql(insert).params(withFindings, "taxonomy-2026.3", false, """
                            {"taxonomyVersion":"taxonomy-2026.3",
                             "incidentCategory":{"value":"PATIENT_ABUSE","confidence":0.5,"evidence":["\\"slapped\\""]},
                             "professionals":[
                               {"role":"NURSE","regulator":"NMC","confidence":0.9,"evidence":["the reporter chose: NURSE"]},
                               {"role":"PORTER","regulator":null,"confidence":0.5,"evidence":["\\"porter\\""]}],
                             "fitnessToPractise":{"value":"MAY_MEET_THRESHOLD","confidence":0.6,"evidence":["\\"slapped\\" abuse"]},
                             "complaintStatus":{"value":"IN_PROGRESS","confidence":0.9,"evidence":["formal complaint"]},
                             "reporter":{"value":"ACTING_FOR_PATIENT","confidence":0.5,"evidence":["my father"]},
                             "signals":[{"value":"SAFEGUARDING","confidence":0.5,"evidence":["\\"slapped\\""]}],
                             "triageReasons":[]}
                            """).update();
            jdbc.sql(insert)
                    .params(withoutFindings, "tagging-2026.1", true, null)
                    .update();

            migrations(schema).load().migrate();

            ConcernClassifiedV2 migrated = revisionOne(schema, withFindings);
            assertThat(migrated.revision()).isEqualTo(1);
            assertThat(migrated.review()).isNull();
            assertThat(migrated.classifiedAt()).isEqualTo(Instant.parse("2026-11-20T10:15:30.123Z"));
            assertThat(migrated.provider()).isEqualTo(RaisedConcerns.MANCHESTER);
            assertThat(migrated.incidentCategory().category()).isEqualTo(IncidentCategory.PATIENT_ABUSE);
            assertThat(migrated.professionals())
                    .extracting(ProfessionalTag::role, ProfessionalTag::fitnessToPractise)
                    .containsExactly(tuple(ProfessionalRole.NURSE, true), tuple(ProfessionalRole.PORTER, false));
            assertThat(migrated.professionals().getFirst().evidence())
                    .containsExactly("the reporter chose: NURSE", "\"slapped\" abuse");
            assertThat(migrated.complaint().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
            assertThat(migrated.complaint().byOrForPatient()).isTrue();
            assertThat(migrated.signals()).extracting(SignalTag::signal).containsExactly(ConcernSignal.SAFEGUARDING);
            assertThat(migrated.needsTriage()).isFalse();

            ConcernClassifiedV2 legacy = revisionOne(schema, withoutFindings);
            assertThat(legacy.incidentCategory().category()).isEqualTo(IncidentCategory.OTHER);
            assertThat(legacy.professionals()).isEmpty();
            assertThat(legacy.needsTriage()).isTrue();
            assertThat(legacy.triageReasons()).containsExactly("classified before triage reasons were recorded");
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    private ConcernClassifiedV2 revisionOne(String schema, UUID concernId) {
        return JSON.readValue(
                jdbc.sql(
                                "select classification::text from %s.classification_revision where concern_id = ? and revision = 1"
                                        .formatted(schema))
                        .param(concernId)
                        .query(String.class)
                        .single(),
                ConcernClassifiedV2.class);
    }

    @Test
    void sameEventDeliveredTwiceIsClassifiedAndAnnouncedOnce() {
        ConcernRaisedV1 concern = RaisedConcerns.about(MISSED_INSULIN);
        String concernId = concern.concernId().toString();
        UUID eventId = UUID.randomUUID();
        ConcernRaisedV1 marker = RaisedConcerns.about("Staff were rude to my mother.");

        events.publish(RAISED, concern.concernId(), concern, eventId);
        events.publish(RAISED, concern.concernId(), concern, eventId);
        // Same key, so the same partition: once the marker is classified both copies have been handled.
        events.publish(RAISED, concern.concernId(), marker, UUID.randomUUID());

        await().until(() -> storedRows(marker.concernId()) == 1);
        assertThat(storedRows(concern.concernId())).isEqualTo(1);
        await().until(() -> relay.pending() == 0);
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(classified.recordsWithKey(concernId)).hasSize(1));
    }

    @Test
    void concernRaisedAgainUnderAnotherEventIdKeepsItsFirstClassification() {
        ConcernRaisedV1 concern = RaisedConcerns.about(MISSED_INSULIN);
        String concernId = concern.concernId().toString();
        ConcernRaisedV1 marker = RaisedConcerns.about("Staff were rude to my father.");

        events.publish(RAISED, concern.concernId(), concern, UUID.randomUUID());
        events.publish(RAISED, concern.concernId(), concern, UUID.randomUUID());
        events.publish(RAISED, concern.concernId(), marker, UUID.randomUUID());

        await().until(() -> storedRows(marker.concernId()) == 1);
        assertThat(storedRows(concern.concernId())).isEqualTo(1);
        await().until(() -> relay.pending() == 0);
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(classified.recordsWithKey(concernId)).hasSize(1));
    }

    @Test
    void classifyingOutsideTheConsumersTransactionIsRefused() {
        ConcernRaisedV1 concern = RaisedConcerns.about(MISSED_INSULIN);

        assertThatThrownBy(() -> classifyConcern.classify(concern))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(storedRows(concern.concernId())).isZero();
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextConcernIsStillClassified() {
        UUID key = UUID.randomUUID();
        events.publishRaw(RAISED, key, "{not json");
        ConcernRaisedV1 next = RaisedConcerns.about(MISSED_INSULIN);
        events.publish(RAISED, key, next, UUID.randomUUID());

        await().untilAsserted(() -> assertThat(deadLetters.recordsWithKey(key.toString()))
                .singleElement()
                .satisfies(dead -> {
                    assertThat(TopicProbe.header(dead, "candour_dlq_reason"))
                            .startsWith("poison: Data is not a valid ConcernRaisedV1");
                    assertThat(dead.value()).isEqualTo("{not json");
                }));
        await().untilAsserted(() -> assertThat(
                        classified.recordsWithKey(next.concernId().toString()))
                .hasSize(1));
    }

    @Test
    void unknownConcernIsANotFoundProblem() {
        UUID unknown = UUID.randomUUID();

        http.get()
                .uri("/api/v1/classifications/{concernId}", unknown)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.title")
                .isEqualTo("Concern not classified")
                .jsonPath("$.concernId")
                .isEqualTo(unknown.toString());
    }

    @Test
    void classificationsAreShownOnlyToReviewers() {
        RestTestClient anonymous = http.mutate()
                .defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION))
                .build();

        anonymous
                .get()
                .uri("/api/v1/classifications/{concernId}", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Candour classification\"")
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401);
        http.mutate()
                .defaultHeaders(headers -> headers.setBasicAuth(Reviewers.QUALITY_LEAD, "not the password"))
                .build()
                .get()
                .uri("/api/v1/classifications/{concernId}", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isUnauthorized();
        anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void malformedConcernIdIsABadRequestProblem() {
        http.get()
                .uri("/api/v1/classifications/not-a-uuid")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).startsWith("'concernId' must be a UUID"));
    }

    @Test
    void publishedOpenApiDocumentDescribesTheRunningApi() throws Exception {
        String served = http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        tools.jackson.databind.JsonNode document = OpenApiDocument.verify("classification", String.valueOf(served));

        assertThat(document.at("/paths/~1api~1v1~1classifications~1{concernId}/get")
                        .isMissingNode())
                .isFalse();
    }

    private FluentConfiguration migrations(String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration");
    }

    private long storedRows(UUID concernId) {
        return jdbc.sql("select count(*) from classification where concern_id = ?")
                .param(concernId)
                .query(Long.class)
                .single();
    }

    private String storedRow(UUID concernId) {
        return jdbc.sql("select row_to_json(c)::text from classification c where concern_id = ?")
                .param(concernId)
                .query(String.class)
                .single();
    }
}
