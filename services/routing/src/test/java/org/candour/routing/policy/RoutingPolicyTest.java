package org.candour.routing.policy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.events.CaseRoutedV1.Escalation;
import org.candour.events.CaseRoutedV1.EscalationTier;
import org.candour.events.CaseRoutedV1.Flag;
import org.candour.events.CaseRoutedV1.FlagKind;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedRoute;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.policy.policyfile.RoutingPolicyFile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class RoutingPolicyTest {

    private static final OrganisationDirectory directory = OrganisationDirectory.bundled();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Provider MANCHESTER =
            new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null);

    private static final Instant CLASSIFIED_AT = Instant.parse("2026-11-25T09:40:12Z");

    /**
     * The shipped policy's rules as criteria, destination by destination, each with its hard negatives: what
     * each rule applies to, as it decides alone. The shipped policy's weighed rules (ADR 0029) decide whether
     * CQC and the ICS quality group are told, and these rules then add their reasons; {@link ShippedWeighing}
     * shows what the weighed rules decide.
     */
    @Nested
    class ShippedPolicy {

        private final RoutingPolicy policy = criteria();

        @Test
        void isVersionedAndHasARuleForEveryDestination() {
            assertThat(shipped().version()).isEqualTo("routing-2026.36");
            assertThat(policy.rules())
                    .extracting(RoutingRule::destination)
                    .containsAll(EnumSet.allOf(Destination.class));
        }

        static Stream<Arguments> routesByProviderKind() {
            return Stream.of(
                    Arguments.of(MANCHESTER, List.of("TRUST_BOARD R0A")),
                    Arguments.of(
                            new Provider(ProviderKind.NHS_TRUST, "RX7", "North West Ambulance Service", null),
                            List.of("TRUST_BOARD RX7")),
                    Arguments.of(other(ProviderKind.GP_PRACTICE, null, "QOP"), List.of("ICS_QUALITY_GROUP QOP")),
                    Arguments.of(other(ProviderKind.GP_PRACTICE, "P84001", "QOP"), List.of("ICS_QUALITY_GROUP QOP")),
                    Arguments.of(other(ProviderKind.COMMUNITY_PHARMACY, null, "QE1"), List.of("ICS_QUALITY_GROUP QE1")),
                    Arguments.of(other(ProviderKind.DENTAL_PRACTICE, null, "QYG"), List.of("ICS_QUALITY_GROUP QYG")),
                    Arguments.of(other(ProviderKind.OPTICAL_PRACTICE, null, "QHM"), List.of("ICS_QUALITY_GROUP QHM")),
                    Arguments.of(
                            other(ProviderKind.INDEPENDENT_HOSPITAL, "NZZ01", "QOP"), List.of("TRUST_BOARD NZZ01")),
                    // The reporter's ICB code is matched the way the directory matches codes.
                    Arguments.of(other(ProviderKind.GP_PRACTICE, null, " qop "), List.of("ICS_QUALITY_GROUP QOP")));
        }

        @ParameterizedTest(name = "a one-off moderate incident at {0} goes to {1}")
        @MethodSource("routesByProviderKind")
        void aOneOffIncidentGoesToTheProvidersBoardOrWhenItHasNoneToItsSystemsQualityGroup(
                Provider provider, List<String> expected) {
            assertThat(destinations(about(provider).harm(HarmLevel.MODERATE))).containsExactlyElementsOf(expected);
        }

        @ParameterizedTest
        @EnumSource(
                value = ProviderKind.class,
                names = {"NHS_TRUST", "INDEPENDENT_HOSPITAL"},
                mode = EnumSource.Mode.EXCLUDE)
        void providerWithoutABoardNeverGetsABoardCase(ProviderKind kind) {
            List<Route> routes = routes(about(other(kind, "X1", "QOP"))
                    .harm(HarmLevel.DEATH)
                    .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.RECURRING, ConcernSignal.SYSTEM_WIDE)
                    .decide(policy));

            assertThat(kind.hasBoard()).isFalse();
            assertThat(routes).extracting(Route::destination).doesNotContain(Destination.TRUST_BOARD);
        }

        @Test
        void trustBoardTakesEveryConcernAboutItsTrustNamedAsTheDirectoryHasIt() {
            List<Route> routes = routes(about(new Provider(ProviderKind.NHS_TRUST, "r0a", "MFT", null))
                    .harm(HarmLevel.LOW)
                    .decide(policy));

            assertThat(routes).singleElement().satisfies(route -> {
                assertThat(route.destination()).isEqualTo(Destination.TRUST_BOARD);
                assertThat(route.recipientCode()).isEqualTo("R0A");
                assertThat(route.reasons())
                        .containsExactly(
                                "Rule BOARD-1: The concern is about care at Manchester University NHS Foundation Trust"
                                        + " (R0A). Its board, with its Freedom to Speak Up guardian, is responsible for"
                                        + " acting on concerns about care, staff, culture or resources there.");
            });
        }

        @Test
        void independentHospitalConcernGoesToItsOwnBoard() {
            Provider hospital =
                    new Provider(ProviderKind.INDEPENDENT_HOSPITAL, "NZZ01", "Example Private Hospital", "QOP");

            assertThat(routes(about(hospital).decide(policy))).singleElement().satisfies(route -> {
                assertThat(route.destination()).isEqualTo(Destination.TRUST_BOARD);
                assertThat(route.recipientName()).isEqualTo("Example Private Hospital");
                assertThat(route.reasons().getFirst())
                        .contains("Example Private Hospital (NZZ01)", "The independent hospital provider's board");
            });
        }

        @Test
        void gpPracticeConcernGoesToItsIcsQualityGroupAndNotToATrustBoard() {
            List<Route> routes =
                    routes(about(new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP"))
                            .harm(HarmLevel.SEVERE)
                            .decide(policy));

            assertThat(routes).singleElement().satisfies(route -> {
                assertThat(route.destination()).isEqualTo(Destination.ICS_QUALITY_GROUP);
                assertThat(route.recipientCode()).isEqualTo("QOP");
                assertThat(route.recipientName()).isEqualTo("NHS Greater Manchester Integrated Care Board");
                assertThat(route.reasons())
                        .containsExactly("Rule ICS-1: Example Street Surgery is an independent primary-care contractor"
                                + " with no trust board, so the System Quality Group of its system, the NHS"
                                + " Greater Manchester Integrated Care Board (QOP), takes the concern (house rule).");
            });
        }

        static Stream<Arguments> trustConcernsNeedingASystemResponse() {
            return Stream.of(
                    Arguments.of(about(MANCHESTER).signals(ConcernSignal.CROSS_PROVIDER), "signals: CROSS_PROVIDER"),
                    Arguments.of(
                            about(MANCHESTER).signals(ConcernSignal.SYSTEM_WIDE),
                            "signals: SYSTEM_WIDE; none of the signals DEVICE_OR_IT"),
                    Arguments.of(about(MANCHESTER).signals(ConcernSignal.CLOSED_CULTURE), "signals: CLOSED_CULTURE"),
                    Arguments.of(
                            about(MANCHESTER).harm(HarmLevel.MODERATE).signals(ConcernSignal.CONCEALMENT),
                            "harm: MODERATE; signals: CONCEALMENT; no registered professional whose fitness to practise is in question"),
                    // Data kept from the board or regulators, with no one event's harm stated: a leadership failure.
                    Arguments.of(
                            about(MANCHESTER).harm(HarmLevel.UNKNOWN).signals(ConcernSignal.CONCEALMENT),
                            "harm: UNKNOWN; signals: CONCEALMENT; no registered professional whose fitness to practise is in question"),
                    Arguments.of(
                            about(MANCHESTER).harm(HarmLevel.DEATH).signals(ConcernSignal.RECURRING),
                            "harm: DEATH; signals: RECURRING"),
                    // A pattern of unequal care that puts a group at risk: a population-level inequality.
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.EQUITABLE, QualityDomain.SAFE)
                                    .signals(ConcernSignal.RECURRING),
                            "primary domain: EQUITABLE; domains: SAFE; signals: RECURRING;"
                                    + " not made by or for the person affected"),
                    // Capacity and flow: people waiting for a service there is not enough of.
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.EXPERIENCE, QualityDomain.SUSTAINABLE)
                                    .category(IncidentCategory.ACCESS_ADMISSION_TRANSFER_DISCHARGE),
                            "domains: SUSTAINABLE; incident category: ACCESS_ADMISSION_TRANSFER_DISCHARGE;"
                                    + " not made by or for the person affected"));
        }

        @ParameterizedTest(name = "ICS when {1}")
        @MethodSource("trustConcernsNeedingASystemResponse")
        void trustConcernGoesToItsIcsQualityGroupOnlyWhenItNeedsASystemResponse(Concern concern, String facts) {
            assertThat(routes(concern.decide(policy)))
                    .filteredOn(route -> route.destination() == Destination.ICS_QUALITY_GROUP)
                    .singleElement()
                    .satisfies(route -> {
                        assertThat(route.recipientCode()).isEqualTo("QOP");
                        assertThat(route.reasons())
                                .anySatisfy(reason ->
                                        assertThat(reason).endsWith("Facts that met the rule: " + facts + "."));
                    });
        }

        static Stream<Concern> trustConcernsForTheTrustAlone() {
            return Stream.of(
                    about(MANCHESTER).harm(HarmLevel.SEVERE),
                    // A near miss covered up: no harm to answer for, so the board acts.
                    about(MANCHESTER).harm(HarmLevel.NONE).signals(ConcernSignal.CONCEALMENT),
                    // One registrant's own falsified notes: their employer and regulator act, not the system.
                    about(MANCHESTER)
                            .harm(HarmLevel.SEVERE)
                            .signals(ConcernSignal.CONCEALMENT)
                            .professional(ProfessionalRole.NURSE, true),
                    about(MANCHESTER).harm(HarmLevel.UNKNOWN).signals(ConcernSignal.RECURRING),
                    about(MANCHESTER).primary(QualityDomain.EQUITABLE),
                    // A recurring lapse in communication (an interpreter not booked again): the trust's to fix.
                    about(MANCHESTER)
                            .primary(QualityDomain.EQUITABLE, QualityDomain.EXPERIENCE)
                            .signals(ConcernSignal.RECURRING),
                    about(MANCHESTER).primary(QualityDomain.SUSTAINABLE),
                    // Recurring waste in one trust is not a commissioning or capacity gap.
                    about(MANCHESTER).primary(QualityDomain.SUSTAINABLE).signals(ConcernSignal.RECURRING),
                    // A patient's own complaint of unequal care stays with the local complaints process.
                    about(MANCHESTER)
                            .primary(QualityDomain.EQUITABLE, QualityDomain.SAFE)
                            .signals(ConcernSignal.RECURRING)
                            .complaint(ComplaintStatus.IN_PROGRESS, null, true),
                    // A patient's own complaint about a wait stays with the local complaints process.
                    about(MANCHESTER)
                            .primary(QualityDomain.EXPERIENCE, QualityDomain.SUSTAINABLE)
                            .category(IncidentCategory.ACCESS_ADMISSION_TRANSFER_DISCHARGE)
                            .complaint(ComplaintStatus.IN_PROGRESS, null, true),
                    about(MANCHESTER).signals(ConcernSignal.DEVICE_OR_IT, ConcernSignal.SYSTEM_WIDE));
        }

        @ParameterizedTest
        @MethodSource("trustConcernsForTheTrustAlone")
        void containedIssueInOneTrustDoesNotGoToItsIcsQualityGroup(Concern concern) {
            assertThat(destinations(concern)).doesNotContain("ICS_QUALITY_GROUP QOP");
        }

        @Test
        void oneOffIncidentInOneTrustGoesToItsBoardAlone() {
            assertThat(destinations(about(MANCHESTER)
                            .harm(HarmLevel.SEVERE)
                            .category(IncidentCategory.TREATMENT_PROCEDURE)
                            .professional(ProfessionalRole.DOCTOR, false)))
                    .containsExactly("TRUST_BOARD R0A");
        }

        @Test
        void severeHarmOrDeathAsAPatternIsASeriousProviderRiskForTheBoardTheSystemAndCqc() {
            assertThat(destinations(about(MANCHESTER).harm(HarmLevel.DEATH).signals(ConcernSignal.RECURRING)))
                    .containsExactly("TRUST_BOARD R0A", "ICS_QUALITY_GROUP QOP", "CQC CQC");
        }

        @Test
        void adultSocialCareGoesToItsSystemsQualityGroupWhenItInvolvesNeglectOrAbuse() {
            Provider careHome = new Provider(ProviderKind.ADULT_SOCIAL_CARE, null, "Example Care Home", "QOP");

            assertThat(destinations(about(careHome).harm(HarmLevel.SEVERE).signals(ConcernSignal.SAFEGUARDING)))
                    .containsExactly("ICS_QUALITY_GROUP QOP", "CQC CQC");
            assertThat(destinations(about(careHome).category(IncidentCategory.PATIENT_ABUSE)))
                    .containsExactly("ICS_QUALITY_GROUP QOP", "CQC CQC");
            assertThat(destinations(about(careHome).signals(ConcernSignal.CROSS_PROVIDER)))
                    .containsExactly("ICS_QUALITY_GROUP QOP");
        }

        @Test
        void adultSocialCareConcernWithoutNeglectAbuseConcealmentOrAnInterfaceIsLeftForAPerson() {
            Provider careHome = new Provider(ProviderKind.ADULT_SOCIAL_CARE, null, "Example Care Home", "QOP");

            assertThat(about(careHome).harm(HarmLevel.LOW).decide(policy))
                    .isInstanceOfSatisfying(
                            RoutingDecision.NeedsTriage.class,
                            triage -> assertThat(triage.reason())
                                    .isEqualTo("No rule of routing policy routing-2026.36 applies to the concern,"
                                            + " so a person decides where it goes."));
        }

        @Test
        void severalRulesChoosingOneRecipientGiveOneRouteWithEachRulesReason() {
            List<Route> routes = routes(about(MANCHESTER)
                    .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.CLOSED_CULTURE)
                    .decide(policy));

            assertThat(routes)
                    .filteredOn(route -> route.destination() == Destination.ICS_QUALITY_GROUP)
                    .singleElement()
                    .satisfies(route -> assertThat(route.reasons())
                            .hasSize(2)
                            .satisfiesExactly(
                                    first -> assertThat(first)
                                            .contains("failure between organisations")
                                            .endsWith("signals: CROSS_PROVIDER."),
                                    second -> assertThat(second)
                                            .contains("closed culture")
                                            .endsWith("signals: CLOSED_CULTURE.")));
        }

        static Stream<Arguments> cqcConcerns() {
            return Stream.of(
                    Arguments.of(
                            about(MANCHESTER).signals(ConcernSignal.SAFEGUARDING),
                            "signals: SAFEGUARDING; no registered professional whose fitness to practise is in question"),
                    Arguments.of(
                            about(MANCHESTER).category(IncidentCategory.PATIENT_ABUSE),
                            "incident category: PATIENT_ABUSE; no registered professional whose fitness to practise is in question"),
                    Arguments.of(about(MANCHESTER).signals(ConcernSignal.CLOSED_CULTURE), "signals: CLOSED_CULTURE"),
                    Arguments.of(
                            about(MANCHESTER).signals(ConcernSignal.CONCEALMENT),
                            "harm: MODERATE; signals: CONCEALMENT; no registered professional whose fitness to practise is in question"),
                    // Internal routes feel unsafe: fear about an ongoing problem, or after speaking up before.
                    Arguments.of(
                            about(MANCHESTER).signals(ConcernSignal.FEAR_OF_DETRIMENT, ConcernSignal.RECURRING),
                            "signals: RECURRING, FEAR_OF_DETRIMENT"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.WELL_LED)
                                    .signals(ConcernSignal.FEAR_OF_DETRIMENT)
                                    .raisedBefore(RaisedRoute.FREEDOM_TO_SPEAK_UP_GUARDIAN),
                            "signals: FEAR_OF_DETRIMENT; raised before with: FREEDOM_TO_SPEAK_UP_GUARDIAN"),
                    // Internal routes failed: a risk already raised with a manager, not acted on, even when
                    // it is about a registrant.
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                                    .professional(ProfessionalRole.PARAMEDIC, true)
                                    .raisedBefore(RaisedRoute.LINE_MANAGER),
                            "primary domain: SAFE; domains: WELL_LED; none of the signals CROSS_PROVIDER;"
                                    + " local complaint: NONE; not made by or for the person affected;"
                                    + " raised before with: LINE_MANAGER"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                                    .signals(ConcernSignal.RECURRING),
                            "primary domain: SAFE; domains: WELL_LED; signals: RECURRING"),
                    // Leadership that keeps letting one professional practise unsafely fails on governance too.
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                                    .signals(ConcernSignal.RECURRING)
                                    .professional(ProfessionalRole.DOCTOR, true),
                            "primary domain: SAFE; domains: WELL_LED; signals: RECURRING"),
                    Arguments.of(
                            about(MANCHESTER).harm(HarmLevel.DEATH).signals(ConcernSignal.RECURRING),
                            "harm: DEATH; signals: RECURRING"),
                    Arguments.of(
                            about(MANCHESTER).harm(HarmLevel.SEVERE).signals(ConcernSignal.RECURRING),
                            "harm: SEVERE; signals: RECURRING; none of the signals CROSS_PROVIDER, SYSTEM_WIDE;"
                                    + " not made by or for the person affected"),
                    Arguments.of(
                            about(other(ProviderKind.GP_PRACTICE, null, "QOP")).signals(ConcernSignal.CONCEALMENT),
                            "harm: MODERATE; signals: CONCEALMENT; no registered professional whose fitness to practise is in question"),
                    // A practice or care provider has no board between its registrants and the registered provider.
                    Arguments.of(
                            about(other(ProviderKind.DENTAL_PRACTICE, null, "QOP"))
                                    .signals(ConcernSignal.CONCEALMENT)
                                    .professional(ProfessionalRole.DENTIST, true),
                            "signals: CONCEALMENT; not made by or for the person affected"),
                    Arguments.of(
                            about(other(ProviderKind.GP_PRACTICE, null, "QOP"))
                                    .category(IncidentCategory.PATIENT_ABUSE)
                                    .professional(ProfessionalRole.DOCTOR, true),
                            "incident category: PATIENT_ABUSE; not made by or for the person affected"),
                    Arguments.of(
                            about(other(ProviderKind.DENTAL_PRACTICE, null, "QOP"))
                                    .signals(ConcernSignal.SAFEGUARDING),
                            "signals: SAFEGUARDING; no registered professional whose fitness to practise is in question"),
                    Arguments.of(
                            about(other(ProviderKind.INDEPENDENT_HOSPITAL, "NZZ01", "QOP"))
                                    .signals(ConcernSignal.CLOSED_CULTURE),
                            "signals: CLOSED_CULTURE"));
        }

        @ParameterizedTest(name = "CQC when {1}")
        @MethodSource("cqcConcerns")
        void cqcTakesSeriousOrOngoingRiskAtARegisteredProvider(Concern concern, String facts) {
            assertThat(routes(concern.decide(policy)))
                    .filteredOn(route -> route.destination() == Destination.CQC)
                    .singleElement()
                    .satisfies(route -> {
                        assertThat(route.recipientCode()).isEqualTo("CQC");
                        assertThat(route.recipientName()).isEqualTo("Care Quality Commission");
                        assertThat(route.reasons())
                                .anySatisfy(reason ->
                                        assertThat(reason).endsWith("Facts that met the rule: " + facts + "."));
                    });
        }

        static Stream<Concern> notForCqc() {
            return Stream.of(
                    // Not registered with CQC, however serious.
                    about(other(ProviderKind.COMMUNITY_PHARMACY, null, "QOP")).signals(ConcernSignal.SAFEGUARDING),
                    about(other(ProviderKind.OPTICAL_PRACTICE, null, "QOP")).signals(ConcernSignal.CONCEALMENT),
                    about(other(ProviderKind.INDEPENDENT_PRACTITIONER, null, "QOP"))
                            .category(IncidentCategory.PATIENT_ABUSE)
                            .professional(ProfessionalRole.OSTEOPATH, true),
                    // One registrant's own conduct goes to the employer and the regulator, not CQC.
                    about(MANCHESTER).signals(ConcernSignal.CONCEALMENT).professional(ProfessionalRole.NURSE, true),
                    about(MANCHESTER)
                            .category(IncidentCategory.PATIENT_ABUSE)
                            .signals(ConcernSignal.SAFEGUARDING)
                            .professional(ProfessionalRole.PARAMEDIC, true),
                    about(MANCHESTER)
                            .primary(QualityDomain.WELL_LED)
                            .signals(ConcernSignal.RECURRING)
                            .professional(ProfessionalRole.DOCTOR, true),
                    // Fear alone, with nothing yet tried, goes first to the Freedom to Speak Up guardian.
                    about(MANCHESTER).primary(QualityDomain.WELL_LED).signals(ConcernSignal.FEAR_OF_DETRIMENT),
                    // A near miss or minor harm left off a report stays with the board.
                    about(MANCHESTER).harm(HarmLevel.NONE).signals(ConcernSignal.CONCEALMENT),
                    // Recurring waste, or a recurring lapse in experience, with no risk to safety.
                    about(MANCHESTER)
                            .primary(QualityDomain.SUSTAINABLE, QualityDomain.WELL_LED)
                            .signals(ConcernSignal.RECURRING),
                    about(MANCHESTER)
                            .primary(QualityDomain.EXPERIENCE, QualityDomain.WELL_LED)
                            .signals(ConcernSignal.RECURRING),
                    // A patient's complaint raised before is the complaints process, not a failed internal route.
                    about(MANCHESTER)
                            .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                            .complaint(ComplaintStatus.IN_PROGRESS, null, true)
                            .raisedBefore(RaisedRoute.FORMAL_COMPLAINT),
                    // Raised before, but the failure is another organisation's: the system's to answer.
                    about(MANCHESTER)
                            .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                            .signals(ConcernSignal.CROSS_PROVIDER)
                            .raisedBefore(RaisedRoute.OTHER),
                    // Severe harm as a pattern across organisations: the system's to answer, not CQC's.
                    about(MANCHESTER)
                            .harm(HarmLevel.SEVERE)
                            .signals(ConcernSignal.RECURRING, ConcernSignal.CROSS_PROVIDER),
                    about(other(ProviderKind.DENTAL_PRACTICE, null, "QOP"))
                            .signals(ConcernSignal.CONCEALMENT)
                            .professional(ProfessionalRole.DENTIST, true)
                            .complaint(ComplaintStatus.FINAL_RESPONSE, null, true),
                    // A patient's own complaint about severe harm: the complaints process and the Ombudsman.
                    about(MANCHESTER)
                            .harm(HarmLevel.SEVERE)
                            .signals(ConcernSignal.RECURRING)
                            .complaint(ComplaintStatus.FINAL_RESPONSE, null, true),
                    // One-off or contained incidents at a registered provider.
                    about(MANCHESTER).harm(HarmLevel.DEATH),
                    about(MANCHESTER).harm(HarmLevel.MODERATE).signals(ConcernSignal.RECURRING),
                    about(MANCHESTER).primary(QualityDomain.WELL_LED),
                    about(MANCHESTER).complaint(ComplaintStatus.FINAL_RESPONSE, null, true));
        }

        @ParameterizedTest
        @MethodSource("notForCqc")
        void cqcDoesNotTakeProvidersItDoesNotRegisterNorOneOffIncidentsNorComplaints(Concern concern) {
            assertThat(destinations(concern)).doesNotContain("CQC CQC");
        }

        @Test
        void phsoTakesAFinishedComplaintByOrForThePersonAffected() {
            List<Route> routes = routes(about(MANCHESTER)
                    .complaint(ComplaintStatus.FINAL_RESPONSE, LocalDate.parse("2026-06-30"), true)
                    .decide(policy));

            assertThat(routes)
                    .filteredOn(route -> route.destination() == Destination.PHSO)
                    .singleElement()
                    .satisfies(route -> {
                        assertThat(route.recipientCode()).isEqualTo("PHSO");
                        assertThat(route.recipientName()).isEqualTo("Parliamentary and Health Service Ombudsman");
                        assertThat(route.reasons().getFirst())
                                .contains("12-month time limit")
                                .endsWith("Facts that met the rule: local complaint: FINAL_RESPONSE; made by or"
                                        + " for the person affected; final response on 2026-06-30, within 12 months"
                                        + " of the classification on 2026-11-25.");
                    });
        }

        @Test
        void phsoReasonSaysWhenTheTimeLimitCouldNotBeChecked() {
            assertThat(routes(about(MANCHESTER)
                            .complaint(ComplaintStatus.FINAL_RESPONSE, null, true)
                            .decide(policy)))
                    .filteredOn(route -> route.destination() == Destination.PHSO)
                    .singleElement()
                    .satisfies(route -> assertThat(route.reasons().getFirst())
                            .contains("the date of the final response was not given, so the 12-month time limit"
                                    + " is left for the Ombudsman to check"));
        }

        static Stream<Concern> notForPhso() {
            return Stream.of(
                    about(MANCHESTER).complaint(ComplaintStatus.IN_PROGRESS, null, true),
                    about(MANCHESTER).complaint(ComplaintStatus.NONE, null, true),
                    // A staff grievance, or a ward sister unhappy with a response the family have not questioned.
                    about(MANCHESTER).complaint(ComplaintStatus.FINAL_RESPONSE, null, false),
                    about(MANCHESTER).complaint(ComplaintStatus.FINAL_RESPONSE, LocalDate.parse("2025-11-24"), true));
        }

        @ParameterizedTest
        @MethodSource("notForPhso")
        void phsoDoesNotTakeAComplaintStillInLocalResolutionNotForThePatientOrOutOfTime(Concern concern) {
            assertThat(destinations(concern)).doesNotContain("PHSO PHSO");
        }

        static Stream<Arguments> hssibConcerns() {
            return Stream.of(
                    Arguments.of(
                            about(MANCHESTER)
                                    .harm(HarmLevel.LOW)
                                    .signals(ConcernSignal.DEVICE_OR_IT, ConcernSignal.SYSTEM_WIDE),
                            "primary domain: SAFE; signals: SYSTEM_WIDE"),
                    Arguments.of(
                            about(MANCHESTER).signals(ConcernSignal.SYSTEM_WIDE),
                            "primary domain: SAFE; signals: SYSTEM_WIDE"),
                    Arguments.of(
                            about(other(ProviderKind.COMMUNITY_PHARMACY, null, "QOP"))
                                    .harm(HarmLevel.MODERATE)
                                    .signals(ConcernSignal.DEVICE_OR_IT, ConcernSignal.SYSTEM_WIDE),
                            "primary domain: SAFE; signals: SYSTEM_WIDE"));
        }

        @ParameterizedTest(name = "HSSIB when {1}")
        @MethodSource("hssibConcerns")
        void hssibTakesPatientSafetyRisksWithSystemWideLearning(Concern concern, String facts) {
            assertThat(routes(concern.decide(policy)))
                    .filteredOn(route -> route.destination() == Destination.HSSIB)
                    .singleElement()
                    .satisfies(route -> {
                        assertThat(route.recipientCode()).isEqualTo("HSSIB");
                        assertThat(route.recipientName()).isEqualTo("Health Services Safety Investigations Body");
                        assertThat(route.reasons())
                                .anySatisfy(reason ->
                                        assertThat(reason).endsWith("Facts that met the rule: " + facts + "."));
                    });
        }

        @Test
        void aDeviceDesignFaultGoesToHssibAndTheTrustButNotTheSystem() {
            assertThat(destinations(about(MANCHESTER)
                            .harm(HarmLevel.MODERATE)
                            .category(IncidentCategory.MEDICAL_DEVICE_EQUIPMENT)
                            .signals(ConcernSignal.DEVICE_OR_IT, ConcernSignal.SYSTEM_WIDE)))
                    .containsExactly("TRUST_BOARD R0A", "HSSIB HSSIB");
        }

        static Stream<Concern> notForHssib() {
            return Stream.of(
                    about(MANCHESTER).harm(HarmLevel.DEATH),
                    about(MANCHESTER).harm(HarmLevel.SEVERE).signals(ConcernSignal.RECURRING),
                    about(MANCHESTER).signals(ConcernSignal.CROSS_PROVIDER),
                    // A device or IT fault not said to be likely elsewhere: the trust's to investigate.
                    about(MANCHESTER).harm(HarmLevel.MODERATE).signals(ConcernSignal.DEVICE_OR_IT),
                    // A pathway gap between services, not said to be likely elsewhere: the system's.
                    about(MANCHESTER).signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.RECURRING),
                    // System-wide, but not a patient-safety risk: a commissioning gap for the system.
                    about(MANCHESTER).primary(QualityDomain.EQUITABLE).signals(ConcernSignal.SYSTEM_WIDE),
                    // System-wide and touching safety, but mainly about whether care works: not mainly a
                    // patient-safety risk (ADR 0033).
                    about(MANCHESTER)
                            .primary(QualityDomain.EFFECTIVE, QualityDomain.SAFE)
                            .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.SYSTEM_WIDE));
        }

        @ParameterizedTest
        @MethodSource("notForHssib")
        void hssibNeverTakesAnIndividualIncidentOnItsOwn(Concern concern) {
            assertThat(destinations(concern)).doesNotContain("HSSIB HSSIB");
        }

        static Stream<ProfessionalRole> registeredRoles() {
            return Arrays.stream(ProfessionalRole.values())
                    .filter(role -> role.regulator().isPresent());
        }

        @ParameterizedTest
        @MethodSource("registeredRoles")
        void eachRegisteredProfessionWhoseFitnessToPractiseIsInQuestionGoesToItsRegulator(ProfessionalRole role) {
            Destination regulator = role.regulator().orElseThrow();

            List<Route> routes =
                    routes(about(MANCHESTER).professional(role, true).decide(policy));

            assertThat(routes).extracting(Route::destination).containsExactly(Destination.TRUST_BOARD, regulator);
            assertThat(routes.getLast().recipientCode()).isEqualTo(regulator.name());
            assertThat(routes.getLast().reasons().getFirst())
                    .endsWith("Facts that met the rule: " + Conditions.article(role.name()) + " " + role
                            + " whose conduct could meet the fitness-to-practise threshold.");
        }

        @Test
        void regulatorRouteIsNamedInFullAndSaysWhichRegistrantAndWhy() {
            List<Route> routes = routes(
                    about(MANCHESTER).professional(ProfessionalRole.NURSE, true).decide(policy));

            assertThat(routes.getLast()).satisfies(route -> {
                assertThat(route.destination()).isEqualTo(Destination.NMC);
                assertThat(route.recipientCode()).isEqualTo("NMC");
                assertThat(route.recipientName()).isEqualTo("Nursing and Midwifery Council");
                assertThat(route.reasons())
                        .containsExactly(
                                "Rule NMC-1: The concern is about a nurse registered with the Nursing and Midwifery"
                                        + " Council, whose conduct, if true, could call their fitness to practise into"
                                        + " question. Facts that met the rule: a NURSE whose conduct could meet the"
                                        + " fitness-to-practise threshold.");
            });
        }

        @Test
        void oneRouteForEachDistinctRegulator() {
            assertThat(destinations(about(MANCHESTER)
                            .professional(ProfessionalRole.NURSE, true)
                            .professional(ProfessionalRole.MIDWIFE, true)
                            .professional(ProfessionalRole.DOCTOR, true)
                            .professional(ProfessionalRole.PARAMEDIC, false)))
                    .containsExactly("TRUST_BOARD R0A", "GMC GMC", "NMC NMC");
        }

        @Test
        void namedNurseWithoutAFitnessToPractiseQuestionStaysWithTheEmployer() {
            assertThat(destinations(about(MANCHESTER).harm(HarmLevel.LOW).professional(ProfessionalRole.NURSE, false)))
                    .containsExactly("TRUST_BOARD R0A");
        }

        @ParameterizedTest
        @EnumSource(
                value = ProfessionalRole.class,
                names = {
                    "HEALTHCARE_ASSISTANT",
                    "SUPPORT_WORKER",
                    "PORTER",
                    "ADMINISTRATOR",
                    "MANAGER",
                    "OTHER_UNREGISTERED",
                    "NOT_SURE"
                })
        void unregisteredStaffGoToNoRegulator(ProfessionalRole role) {
            assertThat(destinations(about(MANCHESTER)
                            .category(IncidentCategory.PATIENT_ABUSE)
                            .professional(role, false)))
                    .containsExactly("TRUST_BOARD R0A", "CQC CQC");
        }

        @Test
        void independentPractitionerWithAFitnessToPractiseQuestionGoesToTheirRegulatorOnly() {
            // Self-employed, outside any provider: no board, and not a primary-care contractor the ICS commissions.
            assertThat(destinations(about(other(ProviderKind.INDEPENDENT_PRACTITIONER, null, "QOP"))
                            .professional(ProfessionalRole.OSTEOPATH, true)))
                    .containsExactly("GOSC GOSC");
        }

        @Test
        void independentPractitionerWithNoRegulatorQuestionWaitsForAPerson() {
            assertThat(about(other(ProviderKind.INDEPENDENT_PRACTITIONER, null, "QOP"))
                            .harm(HarmLevel.MODERATE)
                            .decide(policy))
                    .isInstanceOf(RoutingDecision.NeedsTriage.class);
        }

        @Test
        void theTrustBoardRouteNeverWaitsForTriageButEveryOtherRouteDoes() {
            RoutingDecision decision = about(MANCHESTER)
                    .harm(HarmLevel.MODERATE)
                    .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.CLOSED_CULTURE)
                    .professional(ProfessionalRole.NURSE, true)
                    .triage("the harm grade rests on one phrase")
                    .decide(policy);

            assertThat(decision).isInstanceOfSatisfying(RoutingDecision.NeedsTriage.class, triage -> {
                assertThat(triage.routes())
                        .extracting(route -> route.destination() + " " + route.recipientCode())
                        .containsExactly("TRUST_BOARD R0A");
                assertThat(triage.waiting())
                        .extracting(route -> route.destination() + " " + route.recipientCode())
                        .containsExactly("ICS_QUALITY_GROUP QOP", "CQC CQC", "NMC NMC");
                assertThat(triage.chosen()).hasSize(4);
                assertThat(triage.reason())
                        .contains("the harm grade rests on one phrase")
                        .contains("only the provider's board is told now");
            });
        }

        @Test
        void aConcernNeedingTriageAboutAProviderWithoutABoardGoesNowhereUntilChecked() {
            RoutingDecision decision = about(other(ProviderKind.GP_PRACTICE, null, "QOP"))
                    .harm(HarmLevel.LOW)
                    .triage("no domain found")
                    .decide(policy);

            assertThat(decision).isInstanceOfSatisfying(RoutingDecision.NeedsTriage.class, triage -> {
                assertThat(triage.routes()).isEmpty();
                assertThat(triage.waiting())
                        .extracting(route -> route.destination() + " " + route.recipientCode())
                        .containsExactly("ICS_QUALITY_GROUP QOP");
                assertThat(triage.reason()).contains("no domain found", "nothing is shared until the check");
            });
        }

        static Stream<Arguments> placesOfCare() {
            String nwas = "North West Ambulance Service NHS Trust";
            String mft = "Manchester University NHS Foundation Trust";
            return Stream.of(
                    Arguments.of(
                            "RX7",
                            null,
                            List.of("QE1", "QHM", "QOP", "QYG"),
                            "Rule ICS-4: " + nwas + " serves 4 ICBs and the place of care was not given, so each of"
                                    + " them is told."),
                    Arguments.of(
                            "RX7",
                            "QOP",
                            List.of("QOP"),
                            "Rule ICS-4: The reporter placed the care in the area of the NHS Greater Manchester"
                                    + " Integrated Care Board (QOP), one of the 4 ICBs " + nwas
                                    + " serves, so only that"
                                    + " ICB is told."),
                    // The reporter's code is matched the way the directory matches codes.
                    Arguments.of(
                            "RX7",
                            " qhm ",
                            List.of("QHM"),
                            "Rule ICS-4: The reporter placed the care in the area of the NHS North East and North"
                                    + " Cumbria Integrated Care Board (QHM), one of the 4 ICBs " + nwas + " serves, so"
                                    + " only that ICB is told."),
                    // The directory changed between the form and the decision: the trust no longer serves it.
                    Arguments.of(
                            "RX7",
                            "QWE",
                            List.of("QE1", "QHM", "QOP", "QYG"),
                            "Rule ICS-4: The reporter placed the care in the area of the NHS South West London"
                                    + " Integrated Care Board (QWE), which " + nwas + " no longer serves by the"
                                    + " organisation directory, so each of the 4 ICBs it serves is told."),
                    Arguments.of(
                            "RX7",
                            "QZZ",
                            List.of("QE1", "QHM", "QOP", "QYG"),
                            "Rule ICS-4: The reporter placed the care in the area of the ICB QZZ, which " + nwas
                                    + " no longer serves by the organisation directory, so each of the 4 ICBs it serves"
                                    + " is told."),
                    Arguments.of("R0A", null, List.of("QOP"), null),
                    Arguments.of("R0A", "QOP", List.of("QOP"), null),
                    Arguments.of(
                            "R0A",
                            "QWE",
                            List.of("QOP"),
                            "Rule ICS-4: The reporter placed the care in the area of the NHS South West London"
                                    + " Integrated Care Board (QWE), which " + mft + " no longer serves by the"
                                    + " organisation directory, so the ICB it serves is told."));
        }

        @ParameterizedTest(name = "a trust {0} with the place of care in {1} goes to the ICBs {2}")
        @MethodSource("placesOfCare")
        void aTrustsConcernGoesToTheIcbOfThePlaceOfCareWhenKnownOtherwiseToEveryIcbItServesSayingWhy(
                String trust, @Nullable String placedIn, List<String> icbs, @Nullable String why) {
            List<Route> icsRoutes = routes(about(new Provider(ProviderKind.NHS_TRUST, trust, "as typed", placedIn))
                            .signals(ConcernSignal.CROSS_PROVIDER)
                            .decide(policy))
                    .stream()
                    .filter(route -> route.destination() == Destination.ICS_QUALITY_GROUP)
                    .toList();

            assertThat(icsRoutes).extracting(Route::recipientCode).containsExactlyElementsOf(icbs);
            assertThat(icsRoutes).allSatisfy(route -> {
                assertThat(route.reasons())
                        .allSatisfy(reason -> assertThat(reason).startsWith("Rule ICS-4: "));
                assertThat(route.reasons().getFirst()).contains("failure between organisations");
                if (why == null) {
                    assertThat(route.reasons()).hasSize(1);
                } else {
                    assertThat(route.reasons()).hasSize(2).endsWith(why);
                }
            });
        }

        @Test
        void eachRuleThatChoosesTheIcbsOfATrustServingSeveralSaysWhyUnderItsOwnId() {
            List<Route> icsRoutes = routes(about(new Provider(ProviderKind.NHS_TRUST, "RX7", "NWAS", null))
                            .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.CLOSED_CULTURE)
                            .decide(policy))
                    .stream()
                    .filter(route -> route.destination() == Destination.ICS_QUALITY_GROUP)
                    .toList();

            assertThat(icsRoutes)
                    .hasSize(4)
                    .allSatisfy(route -> assertThat(route.reasons())
                            .filteredOn(reason -> reason.contains("serves 4 ICBs and the place of care was not given"))
                            .extracting(reason -> reason.substring(0, reason.indexOf(':')))
                            .containsExactly("Rule ICS-4", "Rule ICS-6"));
        }

        private List<String> destinations(Concern concern) {
            return routes(concern.decide(policy)).stream()
                    .map(route -> route.destination() + " " + route.recipientCode())
                    .toList();
        }
    }

    /**
     * What the shipped policy's weighed rules (ADRs 0029 and 0035) decide: whether CQC, the ICS quality group
     * and HSSIB are told. Their points are learnt from the corpus, so these cases show quality leads what the points add up
     * to for concerns of the kinds the corpus holds.
     */
    @Nested
    class ShippedWeighing {

        private final RoutingPolicy policy = shipped();

        private static final Provider CARE_HOME =
                new Provider(ProviderKind.ADULT_SOCIAL_CARE, null, "Example Care Home", "QOP");

        @Test
        void oneWeighedRuleEachDecidesCqcTheIcsQualityGroupAndHssibAndNoOtherDestinationIsWeighed() {
            assertThat(policy.rules())
                    .filteredOn(rule -> rule.weighing() != null)
                    .extracting(RoutingRule::id, RoutingRule::destination)
                    .containsExactly(
                            tuple("ICS-W", Destination.ICS_QUALITY_GROUP),
                            tuple("CQC-W", Destination.CQC),
                            tuple("HSSIB-W", Destination.HSSIB));
            // What DOMAIN.md states without qualification: a primary-care contractor, a failure between
            // organisations and a closed culture for the system; a closed culture for CQC.
            assertThat(policy.rules())
                    .filteredOn(RoutingRule::decisive)
                    .extracting(RoutingRule::id)
                    .containsExactly("ICS-1", "ICS-4", "ICS-6", "CQC-1");
        }

        @Test
        void aClosedCultureReachesCqcAndTheSystemEvenThroughAFamilysFinishedComplaint() {
            Concern closedCulture = about(MANCHESTER)
                    .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                    .professional(ProfessionalRole.NURSE, true)
                    .complaint(ComplaintStatus.FINAL_RESPONSE, LocalDate.of(2026, 10, 28), true)
                    .signals(ConcernSignal.CLOSED_CULTURE);
            Concern concealment = about(MANCHESTER)
                    .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                    .professional(ProfessionalRole.NURSE, true)
                    .complaint(ComplaintStatus.FINAL_RESPONSE, LocalDate.of(2026, 10, 28), true)
                    .signals(ConcernSignal.CONCEALMENT);

            assertThat(routes(closedCulture.decide(policy)))
                    .extracting(Route::destination)
                    .containsExactly(
                            Destination.TRUST_BOARD,
                            Destination.ICS_QUALITY_GROUP,
                            Destination.CQC,
                            Destination.PHSO,
                            Destination.NMC);
            // Without the decisive criterion the same facts weigh against CQC and the system.
            assertThat(routes(concealment.decide(policy)))
                    .extracting(Route::destination)
                    .doesNotContain(Destination.CQC, Destination.ICS_QUALITY_GROUP);
        }

        static Stream<Arguments> weighed() {
            return Stream.of(
                    Arguments.of(about(MANCHESTER), false, false, false, "a one-off moderate medication incident"),
                    Arguments.of(
                            about(other(ProviderKind.INDEPENDENT_HOSPITAL, "NZZ01", "QOP")),
                            false,
                            false,
                            false,
                            "a one-off moderate medication incident at an independent hospital"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                                    .harm(HarmLevel.SEVERE)
                                    .signals(ConcernSignal.RECURRING)
                                    .raisedBefore(RaisedRoute.LINE_MANAGER)
                                    .readsLike(Destination.CQC),
                            true,
                            false,
                            false,
                            "severe harm that keeps happening, raised and not acted on, told as those sent to CQC"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                                    .harm(HarmLevel.UNKNOWN)
                                    .category(IncidentCategory.PATIENT_ABUSE)
                                    .signals(
                                            ConcernSignal.CLOSED_CULTURE,
                                            ConcernSignal.SAFEGUARDING,
                                            ConcernSignal.CONCEALMENT),
                            true,
                            true,
                            false,
                            "abuse hidden in a closed culture"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.WELL_LED)
                                    .harm(HarmLevel.UNKNOWN)
                                    .signals(ConcernSignal.FEAR_OF_DETRIMENT, ConcernSignal.RECURRING)
                                    .readsLike(Destination.CQC),
                            true,
                            false,
                            false,
                            "a reporter who fears reprisal for raising a recurring problem, told as those sent to CQC"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.WELL_LED)
                                    .harm(HarmLevel.UNKNOWN)
                                    .signals(ConcernSignal.FEAR_OF_DETRIMENT, ConcernSignal.RECURRING),
                            false,
                            false,
                            false,
                            "the same, in words unlike those the corpus sent to CQC"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.SAFE, QualityDomain.EFFECTIVE)
                                    .category(IncidentCategory.ACCESS_ADMISSION_TRANSFER_DISCHARGE)
                                    .signals(ConcernSignal.CROSS_PROVIDER),
                            false,
                            true,
                            false,
                            "a handover that failed between two organisations"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .primary(QualityDomain.EXPERIENCE)
                                    .harm(HarmLevel.LOW)
                                    .complaint(ComplaintStatus.FINAL_RESPONSE, LocalDate.of(2026, 10, 1), true)
                                    .signals(ConcernSignal.SAFEGUARDING),
                            false,
                            false,
                            false,
                            "a patient's finished complaint about their experience, with a safeguarding sign"),
                    Arguments.of(
                            about(other(ProviderKind.GP_PRACTICE, "P84001", "QOP")),
                            false,
                            true,
                            false,
                            "a one-off incident at a GP practice"),
                    Arguments.of(
                            about(other(ProviderKind.COMMUNITY_PHARMACY, null, "QE1"))
                                    .signals(ConcernSignal.SAFEGUARDING, ConcernSignal.RECURRING),
                            false,
                            true,
                            false,
                            "neglect at a community pharmacy, which CQC does not register"),
                    Arguments.of(
                            about(CARE_HOME)
                                    .harm(HarmLevel.SEVERE)
                                    .category(IncidentCategory.PATIENT_ABUSE)
                                    .signals(ConcernSignal.SAFEGUARDING, ConcernSignal.RECURRING),
                            true,
                            true,
                            false,
                            "neglect that keeps happening at a care home"),
                    Arguments.of(
                            about(MANCHESTER)
                                    .harm(HarmLevel.MODERATE)
                                    .category(IncidentCategory.MEDICAL_DEVICE_EQUIPMENT)
                                    .signals(ConcernSignal.DEVICE_OR_IT, ConcernSignal.SYSTEM_WIDE)
                                    .readsLike(Destination.HSSIB),
                            false,
                            false,
                            true,
                            "a device's design fault likely at other providers, told as those sent to HSSIB"),
                    Arguments.of(
                            about(MANCHESTER).signals(ConcernSignal.SYSTEM_WIDE).readsLike(Destination.HSSIB),
                            false,
                            false,
                            true,
                            "a safety risk likely at other providers, told as those sent to HSSIB"),
                    Arguments.of(
                            about(MANCHESTER).signals(ConcernSignal.SYSTEM_WIDE),
                            false,
                            false,
                            false,
                            "the same, in words unlike those the corpus sent to HSSIB"),
                    Arguments.of(
                            about(MANCHESTER).readsLike(Destination.HSSIB),
                            false,
                            false,
                            false,
                            "a one-off moderate medication incident, however it is worded"));
        }

        @ParameterizedTest(name = "{4}: CQC {1}, ICS {2}, HSSIB {3}")
        @MethodSource("weighed")
        void theWeighedRulesDecideCqcTheIcsQualityGroupAndHssib(
                Concern concern, boolean cqc, boolean ics, boolean hssib, String what) {
            List<Destination> destinations = concern.decide(policy).chosen().stream()
                    .map(Route::destination)
                    .toList();

            assertThat(destinations.contains(Destination.CQC))
                    .as("CQC for %s", concern)
                    .isEqualTo(cqc);
            assertThat(destinations.contains(Destination.ICS_QUALITY_GROUP))
                    .as("ICS for %s", concern)
                    .isEqualTo(ics);
            assertThat(destinations.contains(Destination.HSSIB))
                    .as("HSSIB for %s", concern)
                    .isEqualTo(hssib);
        }

        @Test
        void aWeighedRouteSaysHowTheFactsWeighedThenEachCriterionItMet() {
            Route cqc = routes(about(MANCHESTER)
                            .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                            .harm(HarmLevel.UNKNOWN)
                            .category(IncidentCategory.PATIENT_ABUSE)
                            .signals(ConcernSignal.CLOSED_CULTURE, ConcernSignal.SAFEGUARDING)
                            .readsLike(Destination.CQC)
                            .decide(policy))
                    .stream()
                    .filter(route -> route.destination() == Destination.CQC)
                    .findFirst()
                    .orElseThrow();

            assertThat(cqc.reasons().getFirst())
                    .startsWith("Rule CQC-W: Manchester University NHS Foundation Trust is registered with CQC")
                    .containsPattern("Facts that met the rule: weighed \\d+\\.\\d\\d against a threshold of"
                            + " 0\\.50 \\(reads like the concerns sent to CQC \\+\\d+\\.\\d\\d, .*safeguarding"
                            + " \\+\\d+\\.\\d\\d.*, base \u2212\\d+\\.\\d\\d\\)\\.$");
            assertThat(cqc.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Rule CQC-1:"));
        }

        @Test
        void aCriterionMetIsNotEnoughWhenTheFactsDoNotWeighEnough() {
            // CQC-5 (abuse or neglect not down to one registrant) is met; a patient's low-harm one-off weighs too
            // little.
            Concern concern = about(MANCHESTER)
                    .primary(QualityDomain.EXPERIENCE)
                    .harm(HarmLevel.LOW)
                    .signals(ConcernSignal.SAFEGUARDING);

            assertThat(routes(concern.decide(criteria())))
                    .extracting(Route::destination)
                    .contains(Destination.CQC);
            assertThat(routes(concern.decide(policy)))
                    .extracting(Route::destination)
                    .doesNotContain(Destination.CQC);
        }
    }

    /** The flags each case carries and the support tier proposed to an ICB, by the shipped policy's criteria. */
    @Nested
    class FlagsAndEscalation {

        private final RoutingPolicy policy = criteria();

        @Test
        void safeguardingTellsEveryBodyToReferToTheLocalAuthorityNow() {
            List<Route> routes = routes(about(MANCHESTER)
                    .signals(ConcernSignal.SAFEGUARDING, ConcernSignal.CROSS_PROVIDER)
                    .decide(policy));

            assertThat(routes).extracting(Route::destination).contains(Destination.TRUST_BOARD, Destination.CQC);
            assertThat(routes)
                    .allSatisfy(route -> assertThat(route.flags())
                            .filteredOn(flag -> flag.kind() == FlagKind.SAFEGUARDING_REFERRAL)
                            .singleElement()
                            .satisfies(flag -> assertThat(flag.reason())
                                    .startsWith(
                                            "Refer to the local authority's adult or children's safeguarding team now")
                                    .contains("signals: SAFEGUARDING")));
        }

        @Test
        void immediateDangerIsFlaggedAndAOneOffConcernCarriesNoFlag() {
            assertThat(routes(about(MANCHESTER)
                            .signals(ConcernSignal.IMMEDIATE_DANGER)
                            .urgent()
                            .decide(policy)))
                    .allSatisfy(route -> assertThat(route.flags())
                            .extracting(Flag::kind)
                            .containsExactly(FlagKind.IMMEDIATE_DANGER));
            assertThat(routes(about(MANCHESTER).decide(policy)))
                    .singleElement()
                    .satisfies(route -> assertThat(route.flags()).isEmpty());
        }

        @Test
        void freedomToSpeakUpGuardianIsFlaggedToTheBoardAloneWhenTheReporterFearsDetriment() {
            List<Route> routes = routes(about(MANCHESTER)
                    .signals(ConcernSignal.FEAR_OF_DETRIMENT, ConcernSignal.CROSS_PROVIDER)
                    .decide(policy));

            assertThat(routes)
                    .filteredOn(route -> route.destination() == Destination.TRUST_BOARD)
                    .singleElement()
                    .satisfies(route -> assertThat(route.flags())
                            .singleElement()
                            .satisfies(flag -> {
                                assertThat(flag.kind()).isEqualTo(FlagKind.FREEDOM_TO_SPEAK_UP_GUARDIAN);
                                assertThat(flag.reason()).contains("fears, or has suffered, detriment");
                            }));
            assertThat(routes)
                    .filteredOn(route -> route.destination() != Destination.TRUST_BOARD)
                    .isNotEmpty()
                    .allSatisfy(route -> assertThat(route.flags()).isEmpty());
        }

        @Test
        void staffWhoSpokeUpBeforeGetTheGuardianButAPatientsComplaintDoesNot() {
            Route staff = board(about(MANCHESTER).raisedBefore(RaisedRoute.LINE_MANAGER));
            Route patient = board(about(MANCHESTER)
                    .complaint(ComplaintStatus.IN_PROGRESS, null, true)
                    .raisedBefore(RaisedRoute.FORMAL_COMPLAINT));

            assertThat(staff.flags())
                    .singleElement()
                    .satisfies(flag -> assertThat(flag.reason())
                            .contains("spoke up before")
                            .contains("raised before with: LINE_MANAGER"));
            assertThat(patient.flags()).isEmpty();
        }

        @Test
        void staffConcernMainlyAboutLeadershipGetsTheGuardianInOneFlagWithBothReasons() {
            Route board =
                    board(about(MANCHESTER).primary(QualityDomain.WELL_LED).signals(ConcernSignal.FEAR_OF_DETRIMENT));

            assertThat(board.flags())
                    .singleElement()
                    .satisfies(flag -> assertThat(flag.reason())
                            .contains("detriment")
                            .contains("leadership, culture or how concerns are handled"));
        }

        @Test
        void icbSupportTierRisesWithEachEscalationSignalAndNamesThem() {
            Escalation routine = icb(
                    other(ProviderKind.GP_PRACTICE, null, "QOP"), about(other(ProviderKind.GP_PRACTICE, null, "QOP")));
            Escalation enhanced = icb(MANCHESTER, about(MANCHESTER).signals(ConcernSignal.CROSS_PROVIDER));
            Escalation intensive = icb(
                    MANCHESTER,
                    about(MANCHESTER)
                            .harm(HarmLevel.DEATH)
                            .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.RECURRING, ConcernSignal.CONCEALMENT));

            assertThat(routine).isEqualTo(new Escalation(EscalationTier.ROUTINE, List.of()));
            assertThat(enhanced.tier()).isEqualTo(EscalationTier.ENHANCED);
            assertThat(enhanced.signals()).containsExactly("two or more providers (signals: CROSS_PROVIDER)");
            assertThat(intensive.tier()).isEqualTo(EscalationTier.INTENSIVE);
            assertThat(intensive.signals())
                    .containsExactly(
                            "severe harm or death with a pattern (harm: DEATH; signals: RECURRING)",
                            "two or more providers (signals: CROSS_PROVIDER)",
                            "concealment (signals: CONCEALMENT)");
        }

        @Test
        void onlyTheIcbsRouteCarriesATier() {
            assertThat(routes(about(MANCHESTER)
                            .signals(ConcernSignal.CROSS_PROVIDER)
                            .decide(policy)))
                    .allSatisfy(route -> assertThat(route.escalation() != null)
                            .isEqualTo(route.destination() == Destination.ICS_QUALITY_GROUP));
        }

        private Route board(Concern concern) {
            return routes(concern.decide(policy)).stream()
                    .filter(route -> route.destination() == Destination.TRUST_BOARD)
                    .findFirst()
                    .orElseThrow();
        }

        private Escalation icb(Provider provider, Concern concern) {
            return routes(concern.decide(policy)).stream()
                    .filter(route -> route.destination() == Destination.ICS_QUALITY_GROUP)
                    .findFirst()
                    .map(Route::escalation)
                    .orElseThrow(() -> new AssertionError("no ICS route for " + provider.name()));
        }
    }

    /** How the rules apply, on small policies written for the purpose. */
    @Nested
    class Rules {

        private final RoutingPolicy policy = policy("""
                {"version": "test-1", "rules": [
                  {"destination": "TRUST_BOARD", "recipient": "PROVIDER",
                   "reason": "{provider} ({providerCode}) is the provider."},
                  {"destination": "ICS_QUALITY_GROUP", "recipient": "PROVIDER_ICBS",
                   "reason": "{provider} is in the {icb} ({icbCode}) system."}]}
                """);

        @Test
        void routesAConcernToItsTrustBoardAndItsIcbWithReasons() {
            RoutingDecision decision = about(MANCHESTER).harm(HarmLevel.LOW).decide(policy);

            assertThat(routes(decision))
                    .extracting(
                            Route::destination,
                            Route::recipientCode,
                            route -> route.reasons().getFirst())
                    .containsExactly(
                            tuple(
                                    Destination.TRUST_BOARD,
                                    "R0A",
                                    "Rule rule-1: Manchester University NHS Foundation Trust (R0A) is the provider."),
                            tuple(
                                    Destination.ICS_QUALITY_GROUP,
                                    "QOP",
                                    "Rule rule-2: Manchester University NHS Foundation Trust is in the"
                                            + " NHS Greater Manchester Integrated Care Board (QOP) system."));
        }

        @Test
        void concernAboutATrustOutsideTheDirectoryNeedsTriage() {
            RoutingDecision decision = about(new Provider(ProviderKind.NHS_TRUST, "ZZZ99", "Unknown Trust", null))
                    .harm(HarmLevel.SEVERE)
                    .decide(policy);

            assertThat(decision)
                    .isInstanceOfSatisfying(
                            RoutingDecision.NeedsTriage.class,
                            triage -> assertThat(triage.reason())
                                    .isEqualTo("The provider ZZZ99 is not in the organisation directory, so no rule"
                                            + " can place the concern."));
        }

        @ParameterizedTest
        @EnumSource(value = ProviderKind.class, names = "NHS_TRUST", mode = EnumSource.Mode.EXCLUDE)
        void concernAboutAProviderInAnIcbOutsideTheDirectoryNeedsTriageRatherThanBeingLost(ProviderKind kind) {
            RoutingDecision decision = about(new Provider(kind, "X1", "Example Provider", "QZZ"))
                    .harm(HarmLevel.SEVERE)
                    .decide(policy);

            assertThat(decision)
                    .isInstanceOfSatisfying(
                            RoutingDecision.NeedsTriage.class,
                            triage -> assertThat(triage.reason())
                                    .isEqualTo("The ICB QZZ given for Example Provider is not in the organisation"
                                            + " directory, so no rule can place the concern."));
        }

        @Test
        void boardRuleGivesNoRouteForAProviderWithoutABoard() {
            RoutingDecision decision = about(
                            new Provider(ProviderKind.DENTAL_PRACTICE, "V00001", "Example Dental", "QOP"))
                    .decide(policy);

            assertThat(routes(decision))
                    .extracting(
                            Route::destination,
                            Route::recipientCode,
                            route -> route.reasons().getFirst())
                    .containsExactly(
                            tuple(
                                    Destination.ICS_QUALITY_GROUP,
                                    "QOP",
                                    "Rule rule-2: Example Dental is in the NHS Greater Manchester Integrated Care Board (QOP) system."));
        }

        @Test
        void boardOfAnIndependentHospitalWithoutAnOdsCodeIsAddressedByTheNameAndIcbGiven() {
            Concern hospital =
                    about(new Provider(ProviderKind.INDEPENDENT_HOSPITAL, null, "Example Private Hospital", "QOP"));

            assertThat(hospital.decide(policy)).isInstanceOf(RoutingDecision.Routed.class);
            assertThat(routes(hospital.decide(policy)))
                    .filteredOn(route -> route.destination() == Destination.TRUST_BOARD)
                    .singleElement()
                    .satisfies(route -> {
                        assertThat(route.destination()).isEqualTo(Destination.TRUST_BOARD);
                        assertThat(route.recipientCode()).isEqualTo("QOP/Example Private Hospital");
                        assertThat(route.reasons())
                                .last()
                                .asString()
                                .startsWith("Rule rule-1: Example Private Hospital was given without an ODS code,"
                                        + " so the case is addressed to its board by the name and ICB");
                    });
            RoutingPolicy systemOnly = policy("""
                    {"version": "test-3", "rules": [
                      {"destination": "ICS_QUALITY_GROUP", "recipient": "PROVIDER_ICBS",
                       "reason": "{provider} ({providerCode}) is in the {icb} system."}]}
                    """);
            assertThat(routes(hospital.decide(systemOnly)))
                    .extracting(route -> route.reasons().getFirst())
                    .containsExactly(
                            "Rule rule-1: Example Private Hospital (no ODS code given) is in the NHS Greater Manchester"
                                    + " Integrated Care Board system.");
        }

        @Test
        void ruleForSomeKindsOfProviderAppliesOnlyToThem() {
            RoutingPolicy pharmacies = policy("""
                    {"version": "test-4", "rules": [
                      {"destination": "ICS_QUALITY_GROUP", "recipient": "PROVIDER_ICBS",
                       "providerKinds": ["COMMUNITY_PHARMACY"], "reason": "{provider} is a pharmacy in {icb}."}]}
                    """);

            assertThat(about(new Provider(ProviderKind.COMMUNITY_PHARMACY, null, "Pharmacy", "QOP"))
                            .decide(pharmacies))
                    .isInstanceOf(RoutingDecision.Routed.class);
            assertThat(about(new Provider(ProviderKind.GP_PRACTICE, null, "Surgery", "QOP"))
                            .decide(pharmacies))
                    .isInstanceOfSatisfying(
                            RoutingDecision.NeedsTriage.class,
                            triage -> assertThat(triage.reason()).contains("No rule of routing policy test-4"));
        }

        @Test
        void minimumHarmCountsAnUnknownHarmButAListOfHarmLevelsOnlyWhatItLists() {
            RoutingPolicy severeOnly = policy("""
                    {"version": "test-2", "rules": [
                      {"destination": "TRUST_BOARD", "recipient": "PROVIDER", "primaryDomains": ["SAFE"],
                       "minimumHarm": "SEVERE", "reason": "Severe harm at {provider}."},
                      {"destination": "CQC", "recipient": "NATIONAL_BODY", "recipientName": "Care Quality Commission",
                       "harmLevels": ["SEVERE", "DEATH"], "reason": "Severe harm or death."}]}
                    """);

            assertThat(about(MANCHESTER).harm(HarmLevel.MODERATE).decide(severeOnly))
                    .isInstanceOf(RoutingDecision.NeedsTriage.class);
            assertThat(routes(about(MANCHESTER).harm(HarmLevel.DEATH).decide(severeOnly)))
                    .extracting(route -> route.reasons().getFirst())
                    .containsExactly(
                            "Rule rule-1: Severe harm at Manchester University NHS Foundation Trust. Facts that met the rule:"
                                    + " primary domain: SAFE; harm: DEATH.",
                            "Rule rule-2: Severe harm or death. Facts that met the rule: harm: DEATH.");
            assertThat(routes(about(MANCHESTER).harm(HarmLevel.UNKNOWN).decide(severeOnly)))
                    .as("an unknown harm may be serious, but is not one of the levels listed")
                    .extracting(Route::destination)
                    .containsExactly(Destination.TRUST_BOARD);
        }

        @Test
        void signalsCanBeNeededAllTogetherAnyOneOrNone() {
            RoutingPolicy hssib = policy("""
                    {"version": "test-5", "rules": [
                      {"destination": "HSSIB", "recipient": "NATIONAL_BODY", "recipientName": "HSSIB",
                       "allSignals": ["CROSS_PROVIDER", "RECURRING"], "anySignals": ["SYSTEM_WIDE", "DEVICE_OR_IT"],
                       "noSignals": ["SAFEGUARDING"], "reason": "Pathway-wide."}]}
                    """);

            assertThat(routes(about(MANCHESTER)
                            .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.RECURRING, ConcernSignal.SYSTEM_WIDE)
                            .decide(hssib)))
                    .singleElement()
                    .satisfies(route -> assertThat(route.reasons())
                            .containsExactly(
                                    "Rule rule-1: Pathway-wide. Facts that met the rule: signals: CROSS_PROVIDER,"
                                            + " RECURRING, SYSTEM_WIDE; none of the signals SAFEGUARDING."));
            assertThat(about(MANCHESTER)
                            .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.SYSTEM_WIDE)
                            .decide(hssib))
                    .isInstanceOf(RoutingDecision.NeedsTriage.class);
            assertThat(about(MANCHESTER)
                            .signals(ConcernSignal.CROSS_PROVIDER, ConcernSignal.RECURRING)
                            .decide(hssib))
                    .isInstanceOf(RoutingDecision.NeedsTriage.class);
            assertThat(about(MANCHESTER)
                            .signals(
                                    ConcernSignal.CROSS_PROVIDER,
                                    ConcernSignal.RECURRING,
                                    ConcernSignal.SYSTEM_WIDE,
                                    ConcernSignal.SAFEGUARDING)
                            .decide(hssib))
                    .isInstanceOf(RoutingDecision.NeedsTriage.class);
        }

        @Test
        void urgentAndAnyDomainConditionsSayWhatMetThem() {
            RoutingPolicy urgent = policy("""
                    {"version": "test-6", "rules": [
                      {"destination": "CQC", "recipient": "NATIONAL_BODY", "recipientName": "Care Quality Commission",
                       "anyDomains": ["WELL_LED", "EQUITABLE"], "urgent": true, "reason": "Urgent leadership risk."}]}
                    """);

            assertThat(routes(about(MANCHESTER)
                            .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                            .urgent()
                            .decide(urgent)))
                    .singleElement()
                    .satisfies(
                            route -> assertThat(route.reasons())
                                    .containsExactly(
                                            "Rule rule-1: Urgent leadership risk. Facts that met the rule: domains: WELL_LED; urgent."));
            assertThat(about(MANCHESTER)
                            .primary(QualityDomain.SAFE, QualityDomain.WELL_LED)
                            .decide(urgent))
                    .isInstanceOf(RoutingDecision.NeedsTriage.class);
        }

        @Test
        void aReadingOfTheWordsIsAConditionThatSaysWhatTheConcernReadsLike() {
            RoutingPolicy reads = policy("""
                    {"version": "test-8", "rules": [
                      {"destination": "HSSIB", "recipient": "NATIONAL_BODY", "recipientName": "HSSIB",
                       "readsLike": ["HSSIB", "CQC"], "reason": "Like those the corpus sent on."}]}
                    """);

            assertThat(routes(about(MANCHESTER)
                            .readsLike(Destination.CQC, Destination.ICS_QUALITY_GROUP)
                            .decide(reads)))
                    .singleElement()
                    .satisfies(route -> assertThat(route.reasons())
                            .containsExactly("Rule rule-1: Like those the corpus sent on. Facts that met the rule:"
                                    + " reads like the concerns the corpus sent to CQC."));
            assertThat(about(MANCHESTER)
                            .readsLike(Destination.ICS_QUALITY_GROUP)
                            .decide(reads))
                    .isInstanceOf(RoutingDecision.NeedsTriage.class);
            assertThatThrownBy(() -> policy("""
                            {"version": "test-9", "rules": [
                              {"destination": "CQC", "recipient": "NATIONAL_BODY", "recipientName": "CQC",
                               "readsLike": ["THE_PRESS"], "reason": "Like those."}]}
                            """)).hasMessageContaining("THE_PRESS");
        }

        @Test
        void misspeltConditionIsRefusedRatherThanWideningTheRule() {
            assertThatThrownBy(() -> policy("""
                            {"version": "test-7", "rules": [
                              {"destination": "CQC", "recipient": "NATIONAL_BODY", "recipientName": "CQC",
                               "anySignal": ["SAFEGUARDING"], "reason": "Abuse."}]}
                            """)).hasMessageContaining("anySignal");
        }

        @Test
        void flagsAndEscalationSignalsReadTheSameConditionsAsRules() {
            RoutingPolicy flagged = policy("""
                    {"version": "test-8", "rules": [
                      {"destination": "ICS_QUALITY_GROUP", "recipient": "PROVIDER_ICBS", "reason": "In {icb}."}],
                     "flags": [
                      {"flag": "SAFEGUARDING_REFERRAL", "anySignals": ["SAFEGUARDING"], "reason": "Refer now."}],
                     "escalation": {"enhancedFrom": 1, "intensiveFrom": 3, "signals": [
                      {"name": "abuse", "anySignals": ["SAFEGUARDING"]},
                      {"name": "many places", "anySignals": ["CROSS_PROVIDER"]}]}}
                    """);

            Route route = routes(about(MANCHESTER)
                            .signals(ConcernSignal.SAFEGUARDING, ConcernSignal.CROSS_PROVIDER)
                            .decide(flagged))
                    .getFirst();

            assertThat(route.flags())
                    .containsExactly(new Flag(
                            FlagKind.SAFEGUARDING_REFERRAL,
                            "Refer now. Facts that met the rule: signals: SAFEGUARDING."));
            assertThat(route.escalation())
                    .isEqualTo(new Escalation(
                            EscalationTier.ENHANCED,
                            List.of("abuse (signals: SAFEGUARDING)", "many places (signals: CROSS_PROVIDER)")));
        }

        @Test
        void misspeltFlagConditionsUnknownFlagsAndImpossibleTiersAreRefused() {
            String rules = """
                    "rules": [{"destination": "TRUST_BOARD", "recipient": "PROVIDER", "reason": "The board."}]""";
            assertThatThrownBy(() -> policy("{\"version\": \"t\", " + rules + """
                            , "flags": [{"flag": "SAFEGUARDING_REFERRAL", "anySignal": ["SAFEGUARDING"], "reason": "R."}]}
                            """))
                    .hasMessageContaining("anySignal");
            assertThatThrownBy(() -> policy("{\"version\": \"t\", " + rules + """
                            , "flags": [{"flag": "CALL_THE_POLICE", "reason": "R."}]}
                            """))
                    .hasMessageContaining("CALL_THE_POLICE");
            assertThatThrownBy(() -> policy("{\"version\": \"t\", " + rules + """
                            , "escalation": {"enhancedFrom": 2, "intensiveFrom": 2, "signals": []}}
                            """))
                    .hasMessageContaining("1 <= enhancedFrom < intensiveFrom");
        }

        @Test
        void aRuleThatBreaksAnInvariantIsRefusedWithItsLine() {
            assertThatThrownBy(() -> policy("""
                            {"version": "test-10", "rules": [
                              {"destination": "TRUST_BOARD", "recipient": "PROVIDER", "reason": "The board."},
                              {"destination": "CQC", "recipient": "NATIONAL_BODY", "reason": "No name."}]}
                            """))
                    .hasMessage("/rules/1 at line 3: The NATIONAL_BODY rule for CQC needs the recipient's name");
        }

        @Test
        void aRegulatorRuleCannotExcludeTheRegistrantsItIsFor() {
            assertThatThrownBy(() -> policy("""
                            {"version": "test-9", "rules": [
                              {"destination": "NMC", "recipient": "REGULATOR", "recipientName": "NMC",
                               "registrantWithFitnessToPractise": false, "reason": "A nurse."}]}
                            """)).hasMessageContaining("cannot exclude one");
        }

        @Test
        void rulesThatCannotNameTheirRecipientAreRefused() {
            assertThatThrownBy(() -> new RoutingRule(
                            "CQC-1",
                            Destination.CQC,
                            RoutingRule.Recipient.NATIONAL_BODY,
                            null,
                            Conditions.ANY,
                            "A reason."))
                    .hasMessageContaining("needs the recipient's name");
            assertThatThrownBy(() -> new RoutingRule(
                            "CQC-1",
                            Destination.CQC,
                            RoutingRule.Recipient.REGULATOR,
                            "CQC",
                            Conditions.ANY,
                            "A reason."))
                    .hasMessageContaining("CQC regulates none of the professional roles");
            assertThatThrownBy(() -> new RoutingRule(
                            "BOARD-1",
                            Destination.TRUST_BOARD,
                            RoutingRule.Recipient.PROVIDER,
                            "A board",
                            Conditions.ANY,
                            "A reason."))
                    .hasMessageContaining("cannot give one");
        }

        private static final String WEIGHED = """
                {"version": "test-weighed", "rules": [
                  {"id": "BOARD-1", "destination": "TRUST_BOARD", "recipient": "PROVIDER", "reason": "The board."},
                  {"id": "CQC-W", "destination": "CQC", "recipient": "NATIONAL_BODY", "recipientName": "CQC",
                   "providerKinds": ["NHS_TRUST"], "reason": "Weighed for {provider}.",
                   "weighing": {"base": -1.0, "threshold": 0.0, "weights": [
                     {"name": "closed culture", "points": 0.6, "anySignals": ["CLOSED_CULTURE"]},
                     {"name": "recurring", "points": 0.7, "anySignals": ["RECURRING"]},
                     {"name": "by or for the patient", "points": -2.0, "byOrForPatient": true}]}},
                  {"id": "CQC-1", "destination": "CQC", "recipient": "NATIONAL_BODY", "recipientName": "CQC",
                   "anySignals": ["CLOSED_CULTURE"], "reason": "A closed culture."}]}
                """;

        @Test
        void aWeighedRuleDecidesItsDestinationAndItsOtherRulesOnlyAddTheirReasons() {
            RoutingPolicy weighed = policy(WEIGHED);

            assertThat(routes(about(MANCHESTER)
                            .signals(ConcernSignal.CLOSED_CULTURE, ConcernSignal.RECURRING)
                            .decide(weighed)))
                    .filteredOn(route -> route.destination() == Destination.CQC)
                    .singleElement()
                    .extracting(Route::reasons)
                    .isEqualTo(List.of(
                            "Rule CQC-W: Weighed for Manchester University NHS Foundation Trust. Facts that met the"
                                    + " rule: weighed 0.30 against a threshold of 0.00 (recurring +0.70, closed"
                                    + " culture +0.60, base \u22121.00).",
                            "Rule CQC-1: A closed culture. Facts that met the rule: signals: CLOSED_CULTURE."));
            // CQC-1 is met, but the weighed rule decides CQC: a closed culture alone weighs -0.40.
            assertThat(routes(about(MANCHESTER)
                            .signals(ConcernSignal.CLOSED_CULTURE)
                            .decide(weighed)))
                    .extracting(Route::destination)
                    .containsExactly(Destination.TRUST_BOARD);
            assertThat(routes(about(MANCHESTER)
                            .signals(ConcernSignal.CLOSED_CULTURE, ConcernSignal.RECURRING)
                            .complaint(ComplaintStatus.NONE, null, true)
                            .decide(weighed)))
                    .extracting(Route::destination)
                    .containsExactly(Destination.TRUST_BOARD);
        }

        @Test
        void aDecisiveRuleOpensItsRouteWhateverTheWeighingAndTheOtherRulesThenAddTheirReasons() {
            RoutingPolicy decisive = policy(WEIGHED.replace("""
                    "anySignals": ["CLOSED_CULTURE"], "reason": "A closed culture."}]}""", """
                    "anySignals": ["CLOSED_CULTURE"], "reason": "A closed culture.", "decisive": true},
                      {"id": "CQC-2", "destination": "CQC", "recipient": "NATIONAL_BODY", "recipientName": "CQC",
                       "anySignals": ["RECURRING"], "reason": "It keeps happening."}]}"""));

            // The facts weigh -0.40 for a closed culture alone and -1.70 with the patient's own complaint.
            assertThat(routes(about(MANCHESTER)
                            .signals(ConcernSignal.CLOSED_CULTURE)
                            .decide(decisive)))
                    .filteredOn(route -> route.destination() == Destination.CQC)
                    .singleElement()
                    .extracting(Route::reasons)
                    .isEqualTo(
                            List.of("Rule CQC-1: A closed culture. Facts that met the rule: signals: CLOSED_CULTURE."));
            assertThat(routes(about(MANCHESTER)
                            .signals(ConcernSignal.CLOSED_CULTURE, ConcernSignal.RECURRING)
                            .complaint(ComplaintStatus.NONE, null, true)
                            .decide(decisive)))
                    .filteredOn(route -> route.destination() == Destination.CQC)
                    .singleElement()
                    .extracting(route -> route.reasons().size())
                    .isEqualTo(2);
            // A plain rule of a weighed destination opens nothing by itself.
            assertThat(routes(about(MANCHESTER).signals(ConcernSignal.RECURRING).decide(decisive)))
                    .extracting(Route::destination)
                    .containsExactly(Destination.TRUST_BOARD);
            assertThatThrownBy(() ->
                            policy(WEIGHED.replace("\"id\": \"CQC-W\",", "\"id\": \"CQC-W\", \"decisive\": true,")))
                    .hasMessageContaining("Rule CQC-W is weighed, so it cannot also be decisive");
        }

        @Test
        void aWeighedRulesConditionsHoldBeforeAnythingIsWeighed() {
            RoutingPolicy weighed = policy(WEIGHED);

            RoutingDecision gp = about(other(ProviderKind.GP_PRACTICE, "P84001", "QOP"))
                    .signals(ConcernSignal.CLOSED_CULTURE, ConcernSignal.RECURRING)
                    .decide(weighed);

            assertThat(gp).isInstanceOf(RoutingDecision.NeedsTriage.class);
            assertThat(gp.chosen()).isEmpty();
        }

        @Test
        void aBrokenWeighingIsRefusedWithItsLine() {
            String rule = """
                    {"version": "t", "rules": [
                      {"destination": "TRUST_BOARD", "recipient": "PROVIDER", "reason": "The board."},
                      {"id": "CQC-W", "destination": "CQC", "recipient": "NATIONAL_BODY", "recipientName": "CQC",
                       "reason": "Weighed.", "weighing": %s}]}
                    """;
            assertThatThrownBy(() -> policy(rule.formatted("""
                            {"base": 0, "threshold": 0, "weights": [{"name": "any", "points": 1}]}""")))
                    .hasMessage("/rules/1 at line 3: The weighed fact 'any' states no condition, so it would weigh"
                            + " every concern alike; put its points in the base instead");
            assertThatThrownBy(() -> policy(rule.formatted("""
                            {"base": 0, "threshold": 0, "weights": [{"name": "abuse", "anySignals": ["SAFEGUARDING"]}]}""")))
                    .hasMessage("/rules/1 at line 3: A weighed fact needs its name and points");
            assertThatThrownBy(() -> policy(rule.formatted("""
                            {"base": 0, "weights": [{"name": "abuse", "points": 1, "anySignals": ["SAFEGUARDING"]}]}""")))
                    .hasMessage("/rules/1 at line 3: A weighing needs its base, threshold and weights");
            assertThatThrownBy(() -> policy(rule.formatted("""
                            {"base": 0, "threshold": 0, "weights": [{"name": "abuse", "points": 1, "anySignal": ["SAFEGUARDING"]}]}"""))).hasMessageContaining("anySignal");
            assertThatThrownBy(() -> policy(rule.formatted("""
                            {"base": 0, "threshold": 0, "weights": [
                              {"name": "abuse", "points": 1, "anySignals": ["SAFEGUARDING"]},
                              {"name": "abuse", "points": 2, "anySignals": ["CLOSED_CULTURE"]}]}""")))
                    .hasMessageContaining("Two weighed facts are named 'abuse'");
            assertThatThrownBy(() -> policy(WEIGHED.replace("\"id\": \"CQC-1\", \"destination\": \"CQC\"", """
                            "id": "CQC-1", "destination": "CQC", "weighing": {"base": 0, "threshold": 0, "weights": [
                              {"name": "abuse", "points": 1, "anySignals": ["SAFEGUARDING"]}]}""")))
                    .hasMessage("Rule CQC-1 is a second weighed rule for CQC; one weighed rule decides a destination");
        }

        @Test
        void everyRuleHasItsOwnWellFormedIdAndARuleWithoutOneIsNamedByItsPlace() {
            String twoWithOneId = """
                    {"version":"test","rules":[
                      {"id":"BOARD-1","destination":"TRUST_BOARD","recipient":"PROVIDER","reason":"Board."},
                      {"id":"BOARD-1","destination":"TRUST_BOARD","recipient":"PROVIDER","reason":"Board again."}]}
                    """;
            String badId = """
                    {"version":"test","rules":[
                      {"id":"no spaces","destination":"TRUST_BOARD","recipient":"PROVIDER","reason":"Board."}]}
                    """;
            String noId = """
                    {"version":"test","rules":[
                      {"destination":"TRUST_BOARD","recipient":"PROVIDER","reason":"Board."}]}
                    """;

            assertThatThrownBy(() -> policy(twoWithOneId)).hasMessageContaining("Two rules have the id BOARD-1");
            assertThatThrownBy(() -> policy(badId))
                    .hasMessageContaining("/rules/0 at line 2")
                    .hasMessageContaining("'no spaces'");
            assertThat(policy(noId).rules()).extracting(RoutingRule::id).containsExactly("rule-1");
        }
    }

    @Test
    void classifiedConcernCarriesWhatTheRevisionSaysWithoutTheEvidence() throws Exception {
        ConcernClassifiedV2 sample;
        try (var in = ConcernClassifiedV2.class.getResourceAsStream(
                "/org/candour/events/samples/concern-classified.v2.json")) {
            sample = JSON.readValue(in, ConcernClassifiedV2.class);
        }

        ClassifiedConcern concern = ClassifiedConcern.of(sample);

        assertThat(concern.concernId()).isEqualTo(sample.concernId());
        assertThat(concern.provider()).isEqualTo(sample.provider());
        assertThat(concern.revision()).isEqualTo(2);
        assertThat(concern.classifiedAt()).isEqualTo(sample.classifiedAt());
        assertThat(concern.primaryDomain()).isEqualTo(QualityDomain.SAFE);
        assertThat(concern.domains()).containsExactly(QualityDomain.SAFE, QualityDomain.WELL_LED);
        assertThat(concern.harm()).isEqualTo(HarmLevel.MODERATE);
        assertThat(concern.incidentCategory()).isEqualTo(IncidentCategory.MEDICATION);
        assertThat(concern.professionals())
                .singleElement()
                .satisfies(professional ->
                        assertThat(professional.fitnessToPractise()).isTrue());
        assertThat(concern.complaint().status()).isEqualTo(ComplaintStatus.NONE);
        assertThat(concern.signals()).containsExactly(ConcernSignal.CONCEALMENT);
        assertThat(concern.urgent()).isFalse();
        assertThat(concern.needsTriage()).isFalse();
        assertThat(concern.triageReasons()).isEmpty();
    }

    private static RoutingPolicy policy(String document) {
        return RoutingPolicyFile.read(new ByteArrayInputStream(document.getBytes(UTF_8)));
    }

    private static Provider other(ProviderKind kind, @Nullable String odsCode, String icbCode) {
        return new Provider(kind, odsCode, "Example " + kind, icbCode);
    }

    /** The policy the service ships with, read as routing reads it. */
    static RoutingPolicy shipped() {
        try (var in = RoutingPolicyTest.class.getResourceAsStream("/policy/routing-policy.json")) {
            return RoutingPolicyFile.read(java.util.Objects.requireNonNull(in));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The shipped policy without its weighed rules: each rule decides alone, as a criterion. */
    static RoutingPolicy criteria() {
        RoutingPolicy shipped = shipped();
        return new RoutingPolicy(
                shipped.version(),
                shipped.rules().stream().filter(rule -> rule.weighing() == null).toList(),
                shipped.flags(),
                shipped.escalation());
    }

    private static List<Route> routes(RoutingDecision decision) {
        assertThat(decision).isInstanceOf(RoutingDecision.Routed.class);
        return ((RoutingDecision.Routed) decision).routes();
    }

    static Concern about(Provider provider) {
        return new Concern(provider);
    }

    /** A classified concern as a test describes it: a one-off, moderate medication incident unless told otherwise. */
    static final class Concern {
        private final Provider provider;
        private QualityDomain primary = QualityDomain.SAFE;
        private final Set<QualityDomain> domains = new LinkedHashSet<>(List.of(QualityDomain.SAFE));
        private HarmLevel harm = HarmLevel.MODERATE;
        private IncidentCategory category = IncidentCategory.MEDICATION;
        private final List<ProfessionalTag> professionals = new ArrayList<>();
        private ComplaintTag complaint = new ComplaintTag(ComplaintStatus.NONE, null, false, List.of());
        private final Set<ConcernSignal> signals = EnumSet.noneOf(ConcernSignal.class);
        private boolean urgent;
        private final List<String> triageReasons = new ArrayList<>();
        private final List<RaisedRoute> raisedBefore = new ArrayList<>();
        private final Set<Destination> readsLike = EnumSet.noneOf(Destination.class);

        Concern(Provider provider) {
            this.provider = provider;
        }

        Concern primary(QualityDomain primary, QualityDomain... others) {
            this.primary = primary;
            domains.clear();
            domains.add(primary);
            domains.addAll(List.of(others));
            return this;
        }

        Concern harm(HarmLevel harm) {
            this.harm = harm;
            return this;
        }

        Concern category(IncidentCategory category) {
            this.category = category;
            return this;
        }

        Concern signals(ConcernSignal... found) {
            signals.addAll(List.of(found));
            return this;
        }

        Concern professional(ProfessionalRole role, boolean fitnessToPractise) {
            professionals.add(new ProfessionalTag(role, fitnessToPractise, 0.8, List.of("a " + role)));
            return this;
        }

        Concern complaint(ComplaintStatus status, @Nullable LocalDate finalResponseOn, boolean byOrForPatient) {
            complaint = new ComplaintTag(status, finalResponseOn, byOrForPatient, List.of());
            return this;
        }

        Concern urgent() {
            urgent = true;
            return this;
        }

        Concern triage(String reason) {
            triageReasons.add(reason);
            return this;
        }

        Concern raisedBefore(RaisedRoute... routes) {
            raisedBefore.addAll(List.of(routes));
            return this;
        }

        Concern readsLike(Destination... destinations) {
            readsLike.addAll(List.of(destinations));
            return this;
        }

        RoutingDecision decide(RoutingPolicy policy) {
            return policy.decide(
                    new ClassifiedConcern(
                            UUID.randomUUID(),
                            provider,
                            1,
                            CLASSIFIED_AT,
                            primary,
                            domains,
                            harm,
                            category,
                            professionals,
                            complaint,
                            signals,
                            urgent,
                            !triageReasons.isEmpty(),
                            triageReasons,
                            raisedBefore,
                            readsLike),
                    directory);
        }

        @Override
        public String toString() {
            return provider.kind() + " " + harm + " " + primary + " " + domains + " " + category + " " + signals + " "
                    + complaint.status() + " "
                    + professionals.stream()
                            .map(p -> p.role() + (p.fitnessToPractise() ? "(FtP)" : ""))
                            .toList();
        }
    }
}
