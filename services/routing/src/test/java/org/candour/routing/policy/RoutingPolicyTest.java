package org.candour.routing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.candour.organisations.OrganisationDirectory;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private static final OrganisationDirectory directory = OrganisationDirectory.bundled();

    private final RoutingPolicy policy = new RoutingPolicy(
            "test-1",
            List.of(
                    new RoutingRule(
                            Destination.TRUST_BOARD,
                            RoutingRule.Recipient.PROVIDER,
                            Set.of(),
                            HarmLevel.NONE,
                            false,
                            "{provider} ({providerCode}) is the provider."),
                    new RoutingRule(
                            Destination.ICS_QUALITY_GROUP,
                            RoutingRule.Recipient.PROVIDER_ICBS,
                            Set.of(),
                            HarmLevel.NONE,
                            false,
                            "{provider} is in the {icb} ({icbCode}) system.")));

    @Test
    void routesAConcernToItsTrustBoardAndItsIcbWithReasons() {
        RoutingDecision decision = policy.decide(concern("R0A", HarmLevel.LOW), directory);

        assertThat(decision)
                .isInstanceOfSatisfying(
                        RoutingDecision.Routed.class,
                        routed -> assertThat(routed.routes())
                                .extracting(
                                        Route::destination,
                                        Route::recipientCode,
                                        route -> route.reasons().getFirst())
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                Destination.TRUST_BOARD,
                                                "R0A",
                                                "Manchester University NHS Foundation Trust (R0A) is the provider."),
                                        org.assertj.core.groups.Tuple.tuple(
                                                Destination.ICS_QUALITY_GROUP,
                                                "QOP",
                                                "Manchester University NHS Foundation Trust is in the"
                                                        + " NHS Greater Manchester Integrated Care Board (QOP) system.")));
    }

    @Test
    void routesToEveryIcbOfATrustThatServesSeveralAndSaysWhy() {
        RoutingDecision decision = policy.decide(concern("RX7", HarmLevel.UNKNOWN), directory);

        List<Route> icsRoutes = ((RoutingDecision.Routed) decision)
                .routes().stream()
                        .filter(route -> route.destination() == Destination.ICS_QUALITY_GROUP)
                        .toList();
        assertThat(icsRoutes).extracting(Route::recipientCode).containsExactlyInAnyOrder("QE1", "QHM", "QOP", "QYG");
        assertThat(icsRoutes)
                .allSatisfy(route -> assertThat(route.reasons())
                        .anySatisfy(reason -> assertThat(reason).contains("serves 4 ICBs")));
    }

    @Test
    void concernAboutAProviderOutsideTheDirectoryNeedsTriage() {
        RoutingDecision decision = policy.decide(concern("ZZZ99", HarmLevel.SEVERE), directory);

        assertThat(decision)
                .isInstanceOfSatisfying(
                        RoutingDecision.NeedsTriage.class,
                        triage -> assertThat(triage.reason()).contains("ZZZ99"));
    }

    @Test
    void ruleWithConditionsAppliesOnlyWhenTheyHold() {
        RoutingPolicy severeOnly = new RoutingPolicy(
                "test-2",
                List.of(new RoutingRule(
                        Destination.TRUST_BOARD,
                        RoutingRule.Recipient.PROVIDER,
                        Set.of(QualityDomain.SAFE),
                        HarmLevel.SEVERE,
                        false,
                        "Severe harm at {provider}.")));

        assertThat(severeOnly.decide(concern("R0A", HarmLevel.MODERATE), directory))
                .isInstanceOf(RoutingDecision.NeedsTriage.class);
        assertThat(severeOnly.decide(concern("R0A", HarmLevel.DEATH), directory))
                .isInstanceOf(RoutingDecision.Routed.class);
        assertThat(severeOnly.decide(concern("R0A", HarmLevel.UNKNOWN), directory))
                .as("an unknown harm may be serious")
                .isInstanceOf(RoutingDecision.Routed.class);
    }

    private static ClassifiedConcern concern(String organisationCode, HarmLevel harm) {
        return new ClassifiedConcern(UUID.randomUUID(), organisationCode, QualityDomain.SAFE, harm, false);
    }
}
