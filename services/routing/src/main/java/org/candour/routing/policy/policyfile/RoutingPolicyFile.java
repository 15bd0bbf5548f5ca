package org.candour.routing.policy.policyfile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.candour.events.CaseRoutedV1.FlagKind;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.routing.policy.Conditions;
import org.candour.routing.policy.EscalationPolicy;
import org.candour.routing.policy.FlagRule;
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

    /** The policy file as quality leads write it; flags and escalation are optional. */
    record PolicyDocument(
            String version,
            @Nullable String description,
            List<RuleDocument> rules,
            @Nullable List<FlagDocument> flags,
            @Nullable EscalationDocument escalation) {
        RoutingPolicy toPolicy() {
            return new RoutingPolicy(
                    version,
                    rules.stream().map(RuleDocument::toRule).toList(),
                    flags == null
                            ? List.of()
                            : flags.stream().map(FlagDocument::toRule).toList(),
                    escalation == null ? EscalationPolicy.NONE : escalation.toPolicy());
        }
    }

    /** A rule as quality leads write it: the conditions sit beside the destination, each optional. */
    record RuleDocument(
            Destination destination,
            RoutingRule.Recipient recipient,
            @Nullable String recipientName,
            @JsonUnwrapped @Nullable ConditionsDocument when,
            String reason) {
        RoutingRule toRule() {
            return new RoutingRule(destination, recipient, recipientName, ConditionsDocument.of(when), reason);
        }
    }

    /** A flag rule: the flag, the destinations whose cases carry it (none listed: all), conditions, reason. */
    record FlagDocument(
            FlagKind flag,
            @Nullable Set<Destination> destinations,
            @JsonUnwrapped @Nullable ConditionsDocument when,
            String reason) {
        FlagRule toRule() {
            return new FlagRule(flag, orNone(destinations), ConditionsDocument.of(when), reason);
        }
    }

    /** How the support tier proposed to an ICB is worked out. */
    record EscalationDocument(List<SignalDocument> signals, int enhancedFrom, int intensiveFrom) {
        EscalationPolicy toPolicy() {
            return new EscalationPolicy(
                    signals.stream().map(SignalDocument::toSignal).toList(), enhancedFrom, intensiveFrom);
        }
    }

    /** An escalation signal: its name and, beside it, its conditions. */
    record SignalDocument(
            String name, @JsonUnwrapped @Nullable ConditionsDocument when) {
        EscalationPolicy.Signal toSignal() {
            return new EscalationPolicy.Signal(name, ConditionsDocument.of(when));
        }
    }

    /** The conditions a rule, flag or signal may state; each omitted one means "any" (see {@link Conditions}). */
    record ConditionsDocument(
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
            @Nullable Boolean raisedBefore) {

        static Conditions of(@Nullable ConditionsDocument document) {
            return document == null ? Conditions.ANY : document.toConditions();
        }

        Conditions toConditions() {
            return new Conditions(
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
                    registrantWithFitnessToPractise,
                    raisedBefore);
        }
    }

    private static <T> Set<T> orNone(@Nullable Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
