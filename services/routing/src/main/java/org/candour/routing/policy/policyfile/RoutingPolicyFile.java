package org.candour.routing.policy.policyfile;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.routing.policy.Conditions;
import org.candour.routing.policy.RoutingPolicy;
import org.candour.routing.policy.RoutingRule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routing policy file as quality leads write it ({@code policy/routing-policy.json}), read into a
 * {@link RoutingPolicy}. Plain Java, so the service and the corpus evaluation read it the same way.
 */
public final class RoutingPolicyFile {

    // A misspelt condition must not silently widen a rule.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RoutingPolicyFile() {}

    /**
     * Reads a policy document, refusing any property it does not know.
     *
     * @throws tools.jackson.core.JacksonException if it is not a policy document
     * @throws IllegalArgumentException if a rule breaks an invariant
     */
    public static RoutingPolicy read(InputStream in) {
        return JSON.readValue(in, PolicyDocument.class).toPolicy();
    }

    /** The policy file as quality leads write it; omitted conditions mean "any". */
    record PolicyDocument(String version, @Nullable String description, List<RuleDocument> rules) {
        RoutingPolicy toPolicy() {
            return new RoutingPolicy(
                    version, rules.stream().map(RuleDocument::toRule).toList());
        }
    }

    /** A rule as quality leads write it: the conditions sit beside the destination, each optional. */
    record RuleDocument(
            Destination destination,
            RoutingRule.Recipient recipient,
            @Nullable String recipientName,
            @Nullable Set<ProviderKind> providerKinds,
            @Nullable Set<QualityDomain> primaryDomains,
            @Nullable Set<QualityDomain> anyDomains,
            @Nullable HarmLevel minimumHarm,
            @Nullable Set<HarmLevel> harmLevels,
            @Nullable Set<IncidentCategory> incidentCategories,
            @Nullable Set<ConcernSignal> anySignals,
            @Nullable Set<ConcernSignal> allSignals,
            @Nullable Set<ConcernSignal> noSignals,
            @Nullable Set<ComplaintStatus> complaintStatuses,
            @Nullable Boolean byOrForPatient,
            @Nullable Integer finalResponseWithinMonths,
            @Nullable Boolean urgent,
            @Nullable Boolean registrantWithFitnessToPractise,
            String reason) {
        RoutingRule toRule() {
            return new RoutingRule(
                    destination,
                    recipient,
                    recipientName,
                    new Conditions(
                            orNone(providerKinds),
                            orNone(primaryDomains),
                            orNone(anyDomains),
                            minimumHarm,
                            orNone(harmLevels),
                            orNone(incidentCategories),
                            orNone(anySignals),
                            orNone(allSignals),
                            orNone(noSignals),
                            orNone(complaintStatuses),
                            byOrForPatient,
                            finalResponseWithinMonths,
                            urgent,
                            Boolean.TRUE.equals(registrantWithFitnessToPractise)),
                    reason);
        }

        private static <T> Set<T> orNone(@Nullable Set<T> values) {
            return values == null ? Set.of() : values;
        }
    }
}
