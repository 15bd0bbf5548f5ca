package org.candour.routing.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.RoutingProperties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

class RoutingPolicyTest {

    private static final OrganisationDirectory directory = OrganisationDirectory.bundled();

    private static final Provider MANCHESTER =
            new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null);

    /** The policy the service ships with: these cases show quality leads where each kind of provider goes. */
    @Nested
    class ShippedPolicy {

        private final RoutingPolicy policy = new RoutingPolicyConfiguration()
                .routingPolicy(
                        new RoutingProperties("classpath:policy/routing-policy.json", null),
                        new DefaultResourceLoader(),
                        JsonMapper.builder().build());

        static Stream<Arguments> routesByProviderKind() {
            return Stream.of(
                    Arguments.of(MANCHESTER, List.of("TRUST_BOARD R0A", "ICS_QUALITY_GROUP QOP")),
                    Arguments.of(
                            new Provider(ProviderKind.NHS_TRUST, "RX7", "North West Ambulance Service", null),
                            List.of(
                                    "TRUST_BOARD RX7",
                                    "ICS_QUALITY_GROUP QE1",
                                    "ICS_QUALITY_GROUP QHM",
                                    "ICS_QUALITY_GROUP QOP",
                                    "ICS_QUALITY_GROUP QYG")),
                    Arguments.of(other(ProviderKind.GP_PRACTICE, null, "QOP"), List.of("ICS_QUALITY_GROUP QOP")),
                    Arguments.of(other(ProviderKind.GP_PRACTICE, "P84001", "QOP"), List.of("ICS_QUALITY_GROUP QOP")),
                    Arguments.of(other(ProviderKind.COMMUNITY_PHARMACY, null, "QE1"), List.of("ICS_QUALITY_GROUP QE1")),
                    Arguments.of(other(ProviderKind.DENTAL_PRACTICE, null, "QYG"), List.of("ICS_QUALITY_GROUP QYG")),
                    Arguments.of(other(ProviderKind.OPTICAL_PRACTICE, null, "QHM"), List.of("ICS_QUALITY_GROUP QHM")),
                    Arguments.of(other(ProviderKind.ADULT_SOCIAL_CARE, null, "QOP"), List.of("ICS_QUALITY_GROUP QOP")),
                    Arguments.of(
                            other(ProviderKind.INDEPENDENT_PRACTITIONER, null, "QOP"),
                            List.of("ICS_QUALITY_GROUP QOP")),
                    Arguments.of(
                            other(ProviderKind.INDEPENDENT_HOSPITAL, "NZZ01", "QOP"),
                            List.of("TRUST_BOARD NZZ01", "ICS_QUALITY_GROUP QOP")),
                    // The reporter's ICB code is matched the way the directory matches codes.
                    Arguments.of(other(ProviderKind.GP_PRACTICE, null, " qop "), List.of("ICS_QUALITY_GROUP QOP")));
        }

        @ParameterizedTest(name = "{0} goes to {1}")
        @MethodSource("routesByProviderKind")
        void routesEachKindOfProviderToItsBoardWhenItHasOneAndToItsSystemsQualityGroup(
                Provider provider, List<String> expected) {
            RoutingDecision decision = policy.decide(concern(provider, HarmLevel.MODERATE), directory);

            assertThat(routes(decision))
                    .extracting(route -> route.destination() + " " + route.recipientCode())
                    .containsExactlyElementsOf(expected);
        }

        @ParameterizedTest
        @EnumSource(
                value = ProviderKind.class,
                names = {"NHS_TRUST", "INDEPENDENT_HOSPITAL"},
                mode = EnumSource.Mode.EXCLUDE)
        void providerWithoutABoardNeverGetsABoardCase(ProviderKind kind) {
            RoutingDecision decision = policy.decide(concern(other(kind, "X1", "QOP"), HarmLevel.DEATH), directory);

            assertThat(kind.hasBoard()).isFalse();
            assertThat(routes(decision)).extracting(Route::destination).containsOnly(Destination.ICS_QUALITY_GROUP);
        }

        @ParameterizedTest
        @EnumSource(ProviderKind.class)
        void everyKindOfProviderIsPlacedByARule(ProviderKind kind) {
            Provider provider = kind == ProviderKind.NHS_TRUST ? MANCHESTER : other(kind, "X1", "QOP");

            assertThat(policy.decide(concern(provider, HarmLevel.UNKNOWN), directory))
                    .isInstanceOf(RoutingDecision.Routed.class);
        }

        @Test
        void gpPracticeConcernGoesToItsIcsQualityGroupOnlyBecauseItHasNoTrustBoard() {
            RoutingDecision decision = policy.decide(
                    concern(
                            new Provider(ProviderKind.GP_PRACTICE, null, "Example Street Surgery", "QOP"),
                            HarmLevel.SEVERE),
                    directory);

            assertThat(routes(decision)).singleElement().satisfies(route -> {
                assertThat(route.destination()).isEqualTo(Destination.ICS_QUALITY_GROUP);
                assertThat(route.recipientCode()).isEqualTo("QOP");
                assertThat(route.recipientName()).isEqualTo("NHS Greater Manchester Integrated Care Board");
                assertThat(route.reasons())
                        .containsExactly("Example Street Surgery is an independent primary-care contractor"
                                + " with no trust board, so the System Quality Group of its system, the NHS"
                                + " Greater Manchester Integrated Care Board (QOP), takes the concern. It"
                                + " oversees quality across the system's providers and looks for the same"
                                + " risk elsewhere.");
            });
        }

        @Test
        void independentHospitalConcernGoesToItsOwnBoardAndItsSystemsQualityGroup() {
            Provider hospital =
                    new Provider(ProviderKind.INDEPENDENT_HOSPITAL, "NZZ01", "Example Private Hospital", "QOP");

            RoutingDecision decision = policy.decide(concern(hospital, HarmLevel.LOW), directory);

            assertThat(routes(decision))
                    .extracting(Route::destination, Route::recipientCode, Route::recipientName)
                    .containsExactly(
                            tuple(Destination.TRUST_BOARD, "NZZ01", "Example Private Hospital"),
                            tuple(
                                    Destination.ICS_QUALITY_GROUP,
                                    "QOP",
                                    "NHS Greater Manchester Integrated Care Board"));
            assertThat(routes(decision).getFirst().reasons().getFirst())
                    .contains("Example Private Hospital (NZZ01)", "The independent hospital provider's board");
        }

        @Test
        void theTrustBoardRouteNeverWaitsForTriageButEveryOtherRouteDoes() {
            RoutingDecision decision = policy.decide(
                    concern(MANCHESTER, HarmLevel.MODERATE, List.of("the harm grade rests on one phrase")), directory);

            assertThat(decision).isInstanceOfSatisfying(RoutingDecision.NeedsTriage.class, triage -> {
                assertThat(triage.routes())
                        .extracting(route -> route.destination() + " " + route.recipientCode())
                        .containsExactly("TRUST_BOARD R0A");
                assertThat(triage.waiting())
                        .extracting(route -> route.destination() + " " + route.recipientCode())
                        .containsExactly("ICS_QUALITY_GROUP QOP");
                assertThat(triage.chosen()).hasSize(2);
                assertThat(triage.reason())
                        .contains("the harm grade rests on one phrase")
                        .contains("only the provider's board is told now");
            });
        }

        @Test
        void aConcernNeedingTriageAboutAProviderWithoutABoardGoesNowhereUntilChecked() {
            RoutingDecision decision = policy.decide(
                    concern(other(ProviderKind.GP_PRACTICE, null, "QOP"), HarmLevel.LOW, List.of("no domain found")),
                    directory);

            assertThat(decision).isInstanceOfSatisfying(RoutingDecision.NeedsTriage.class, triage -> {
                assertThat(triage.routes()).isEmpty();
                assertThat(triage.waiting())
                        .extracting(route -> route.destination() + " " + route.recipientCode())
                        .containsExactly("ICS_QUALITY_GROUP QOP");
                assertThat(triage.reason()).contains("no domain found", "nothing is shared until the check");
            });
        }

        @Test
        void trustReasonsNameTheTrustAsTheDirectoryHasIt() {
            RoutingDecision decision = policy.decide(
                    concern(new Provider(ProviderKind.NHS_TRUST, "r0a", "MFT", null), HarmLevel.LOW), directory);

            assertThat(routes(decision))
                    .allSatisfy(route -> assertThat(route.reasons().getFirst())
                            .contains("Manchester University NHS Foundation Trust"));
        }
    }

    /** How the rules apply, on small policies written for the purpose. */
    @Nested
    class Rules {

        private final RoutingPolicy policy = new RoutingPolicy(
                "test-1",
                List.of(
                        rule(
                                Destination.TRUST_BOARD,
                                RoutingRule.Recipient.PROVIDER,
                                "{provider} ({providerCode}) is the provider."),
                        rule(
                                Destination.ICS_QUALITY_GROUP,
                                RoutingRule.Recipient.PROVIDER_ICBS,
                                "{provider} is in the {icb} ({icbCode}) system.")));

        @Test
        void routesAConcernToItsTrustBoardAndItsIcbWithReasons() {
            RoutingDecision decision = policy.decide(concern(MANCHESTER, HarmLevel.LOW), directory);

            assertThat(routes(decision))
                    .extracting(
                            Route::destination,
                            Route::recipientCode,
                            route -> route.reasons().getFirst())
                    .containsExactly(
                            tuple(
                                    Destination.TRUST_BOARD,
                                    "R0A",
                                    "Manchester University NHS Foundation Trust (R0A) is the provider."),
                            tuple(
                                    Destination.ICS_QUALITY_GROUP,
                                    "QOP",
                                    "Manchester University NHS Foundation Trust is in the"
                                            + " NHS Greater Manchester Integrated Care Board (QOP) system."));
        }

        @Test
        void routesToEveryIcbOfATrustThatServesSeveralAndSaysWhy() {
            RoutingDecision decision = policy.decide(
                    concern(new Provider(ProviderKind.NHS_TRUST, "RX7", "NWAS", null), HarmLevel.UNKNOWN), directory);

            List<Route> icsRoutes = routes(decision).stream()
                    .filter(route -> route.destination() == Destination.ICS_QUALITY_GROUP)
                    .toList();
            assertThat(icsRoutes)
                    .extracting(Route::recipientCode)
                    .containsExactlyInAnyOrder("QE1", "QHM", "QOP", "QYG");
            assertThat(icsRoutes)
                    .allSatisfy(route -> assertThat(route.reasons())
                            .anySatisfy(reason -> assertThat(reason).contains("serves 4 ICBs")));
        }

        @Test
        void concernAboutATrustOutsideTheDirectoryNeedsTriage() {
            RoutingDecision decision = policy.decide(
                    concern(new Provider(ProviderKind.NHS_TRUST, "ZZZ99", "Unknown Trust", null), HarmLevel.SEVERE),
                    directory);

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
            RoutingDecision decision = policy.decide(
                    concern(new Provider(kind, "X1", "Example Provider", "QZZ"), HarmLevel.SEVERE), directory);

            assertThat(decision)
                    .isInstanceOfSatisfying(
                            RoutingDecision.NeedsTriage.class,
                            triage -> assertThat(triage.reason())
                                    .isEqualTo("The ICB QZZ given for Example Provider is not in the organisation"
                                            + " directory, so no rule can place the concern."));
        }

        @Test
        void boardRuleGivesNoRouteForAProviderWithoutABoard() {
            RoutingDecision decision = policy.decide(
                    concern(
                            new Provider(ProviderKind.DENTAL_PRACTICE, "V00001", "Example Dental", "QOP"),
                            HarmLevel.LOW),
                    directory);

            assertThat(routes(decision))
                    .extracting(
                            Route::destination,
                            Route::recipientCode,
                            route -> route.reasons().getFirst())
                    .containsExactly(tuple(
                            Destination.ICS_QUALITY_GROUP,
                            "QOP",
                            "Example Dental is in the NHS Greater Manchester Integrated Care Board (QOP) system."));
        }

        @Test
        void boardOfAnIndependentHospitalWithoutAnOdsCodeCannotBeAddressedSoAPersonDecides() {
            Provider hospital =
                    new Provider(ProviderKind.INDEPENDENT_HOSPITAL, null, "Example Private Hospital", "QOP");

            assertThat(policy.decide(concern(hospital, HarmLevel.LOW), directory))
                    .isInstanceOfSatisfying(
                            RoutingDecision.NeedsTriage.class,
                            triage -> assertThat(triage.reason())
                                    .startsWith("Example Private Hospital was given without an ODS code"));
            RoutingPolicy systemOnly = new RoutingPolicy(
                    "test-3",
                    List.of(rule(
                            Destination.ICS_QUALITY_GROUP,
                            RoutingRule.Recipient.PROVIDER_ICBS,
                            "{provider} ({providerCode}) is in the {icb} system.")));
            assertThat(routes(systemOnly.decide(concern(hospital, HarmLevel.LOW), directory)))
                    .extracting(route -> route.reasons().getFirst())
                    .containsExactly("Example Private Hospital (no ODS code given) is in the NHS Greater Manchester"
                            + " Integrated Care Board system.");
        }

        @Test
        void ruleForSomeKindsOfProviderAppliesOnlyToThem() {
            RoutingPolicy pharmacies = new RoutingPolicy(
                    "test-4",
                    List.of(new RoutingRule(
                            Destination.ICS_QUALITY_GROUP,
                            RoutingRule.Recipient.PROVIDER_ICBS,
                            Set.of(ProviderKind.COMMUNITY_PHARMACY),
                            Set.of(),
                            HarmLevel.NONE,
                            false,
                            "{provider} is a pharmacy in {icb}.")));

            assertThat(pharmacies.decide(
                            concern(
                                    new Provider(ProviderKind.COMMUNITY_PHARMACY, null, "Pharmacy", "QOP"),
                                    HarmLevel.LOW),
                            directory))
                    .isInstanceOf(RoutingDecision.Routed.class);
            assertThat(pharmacies.decide(
                            concern(new Provider(ProviderKind.GP_PRACTICE, null, "Surgery", "QOP"), HarmLevel.LOW),
                            directory))
                    .isInstanceOfSatisfying(
                            RoutingDecision.NeedsTriage.class,
                            triage -> assertThat(triage.reason()).contains("No rule of routing policy test-4"));
        }

        @Test
        void ruleWithConditionsAppliesOnlyWhenTheyHold() {
            RoutingPolicy severeOnly = new RoutingPolicy(
                    "test-2",
                    List.of(new RoutingRule(
                            Destination.TRUST_BOARD,
                            RoutingRule.Recipient.PROVIDER,
                            Set.of(),
                            Set.of(QualityDomain.SAFE),
                            HarmLevel.SEVERE,
                            false,
                            "Severe harm at {provider}.")));

            assertThat(severeOnly.decide(concern(MANCHESTER, HarmLevel.MODERATE), directory))
                    .isInstanceOf(RoutingDecision.NeedsTriage.class);
            assertThat(severeOnly.decide(concern(MANCHESTER, HarmLevel.DEATH), directory))
                    .isInstanceOf(RoutingDecision.Routed.class);
            assertThat(severeOnly.decide(concern(MANCHESTER, HarmLevel.UNKNOWN), directory))
                    .as("an unknown harm may be serious")
                    .isInstanceOf(RoutingDecision.Routed.class);
        }

        private static RoutingRule rule(Destination destination, RoutingRule.Recipient recipient, String reason) {
            return new RoutingRule(destination, recipient, Set.of(), Set.of(), HarmLevel.NONE, false, reason);
        }
    }

    @Test
    void classifiedConcernCarriesWhatTheRevisionSaysWithoutTheEvidence() throws Exception {
        ConcernClassifiedV2 sample;
        try (var in = ConcernClassifiedV2.class.getResourceAsStream(
                "/org/candour/events/samples/concern-classified.v2.json")) {
            sample = JsonMapper.builder().build().readValue(in, ConcernClassifiedV2.class);
        }

        ClassifiedConcern concern = ClassifiedConcern.of(sample);

        assertThat(concern.concernId()).isEqualTo(sample.concernId());
        assertThat(concern.provider()).isEqualTo(sample.provider());
        assertThat(concern.revision()).isEqualTo(2);
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

    private static Provider other(ProviderKind kind, @Nullable String odsCode, String icbCode) {
        return new Provider(kind, odsCode, "Example " + kind, icbCode);
    }

    private static List<Route> routes(RoutingDecision decision) {
        assertThat(decision).isInstanceOf(RoutingDecision.Routed.class);
        return ((RoutingDecision.Routed) decision).routes();
    }

    private static ClassifiedConcern concern(Provider provider, HarmLevel harm) {
        return concern(provider, harm, List.of());
    }

    private static ClassifiedConcern concern(Provider provider, HarmLevel harm, List<String> triageReasons) {
        return new ClassifiedConcern(
                UUID.randomUUID(),
                provider,
                1,
                QualityDomain.SAFE,
                Set.of(QualityDomain.SAFE),
                harm,
                IncidentCategory.MEDICATION,
                List.of(),
                new ComplaintTag(ComplaintStatus.NONE, null, false, List.of()),
                Set.of(),
                false,
                !triageReasons.isEmpty(),
                triageReasons);
    }
}
