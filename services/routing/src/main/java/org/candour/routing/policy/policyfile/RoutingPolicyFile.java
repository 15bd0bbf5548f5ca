package org.candour.routing.policy.policyfile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
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
import org.candour.routing.policy.Weighing;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
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
     * @throws IllegalArgumentException if an entry breaks an invariant or names something unknown, saying
     *     which entry ({@code /rules/1}) at which line
     */
    public static RoutingPolicy read(InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the routing policy", e);
        }
        try {
            return JSON.readValue(text, PolicyDocument.class).toPolicy();
        } catch (DatabindException e) {
            // Conditions sit beside each entry's other fields, which Jackson reads through a buffer that
            // forgets where it was; the path it reports (rules[1]) is turned back into a line of the file.
            JsonPointer entry = pointer(e.getPath());
            int line = entry.matches() ? 0 : lineOf(text, entry);
            if (line == 0) {
                throw e;
            }
            String reason = e.getCause() instanceof IllegalArgumentException broken
                    ? broken.getMessage()
                    : e.getOriginalMessage();
            throw new IllegalArgumentException(entry + " at line " + line + ": " + reason, e);
        }
    }

    /** The pointer to the outermost list entry in the path ({@code /rules/1}), or the empty pointer. */
    private static JsonPointer pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
                return JsonPointer.compile(pointer.toString());
            }
        }
        return JsonPointer.empty();
    }

    /** The line on which the value at the pointer starts, or 0 if it is not found. */
    private static int lineOf(String text, JsonPointer entry) {
        try (JsonParser parser = JSON.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()
                        && entry.equals(parser.streamReadContext().getParent().pathAsPointer())) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        }
        return 0;
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
                    IntStream.range(0, rules.size())
                            .mapToObj(index -> rules.get(index).toRule(index))
                            .toList(),
                    flags == null
                            ? List.of()
                            : flags.stream().map(FlagDocument::toRule).toList(),
                    escalation == null ? EscalationPolicy.NONE : escalation.toPolicy());
        }
    }

    /**
     * A rule as quality leads write it: the conditions sit beside the destination, each optional. A rule
     * without an id is named by its place in the list ({@code rule-3}).
     */
    record RuleDocument(
            @Nullable String id,
            Destination destination,
            RoutingRule.Recipient recipient,
            @Nullable String recipientName,
            @JsonUnwrapped @Nullable ConditionsDocument when,
            String reason,
            @Nullable WeighingDocument weighing,
            @Nullable Boolean decisive) {
        RuleDocument {
            // Checked as it is read, so a broken rule is reported with its line in the file. The fields are
            // not yet assigned in a compact constructor, so the rule is built from the parameters.
            rule(id == null ? "rule" : id, destination, recipient, recipientName, when, reason, weighing, decisive);
        }

        RoutingRule toRule(int index) {
            return rule(
                    id == null ? "rule-" + (index + 1) : id,
                    destination,
                    recipient,
                    recipientName,
                    when,
                    reason,
                    weighing,
                    decisive);
        }

        private static RoutingRule rule(
                String id,
                Destination destination,
                RoutingRule.Recipient recipient,
                @Nullable String recipientName,
                @Nullable ConditionsDocument when,
                String reason,
                @Nullable WeighingDocument weighing,
                @Nullable Boolean decisive) {
            return new RoutingRule(
                    id,
                    destination,
                    recipient,
                    recipientName,
                    ConditionsDocument.of(when),
                    reason,
                    weighing == null ? null : weighing.toWeighing(),
                    Boolean.TRUE.equals(decisive));
        }
    }

    /** How a weighed rule weighs the facts: the base, the threshold and each fact's points (ADR 0029). */
    record WeighingDocument(Double base, Double threshold, List<WeightDocument> weights) {
        WeighingDocument {
            if (base == null || threshold == null || weights == null) {
                throw new IllegalArgumentException("A weighing needs its base, threshold and weights");
            }
        }

        Weighing toWeighing() {
            return new Weighing(
                    base,
                    threshold,
                    weights.stream().map(WeightDocument::toWeight).toList());
        }
    }

    /** A weighed fact: its name, its points and, beside them, the conditions that show it. */
    record WeightDocument(
            String name,
            Double points,
            @JsonUnwrapped @Nullable ConditionsDocument when) {
        WeightDocument {
            if (name == null || points == null) {
                throw new IllegalArgumentException("A weighed fact needs its name and points");
            }
        }

        Weighing.Weight toWeight() {
            return new Weighing.Weight(name, points, ConditionsDocument.of(when));
        }
    }

    /** A flag rule: the flag, the destinations whose cases carry it (none listed: all), conditions, reason. */
    record FlagDocument(
            FlagKind flag,
            @Nullable Set<Destination> destinations,
            @JsonUnwrapped @Nullable ConditionsDocument when,
            String reason) {
        FlagDocument {
            new FlagRule(flag, orNone(destinations), ConditionsDocument.of(when), reason);
        }

        FlagRule toRule() {
            return new FlagRule(flag, orNone(destinations), ConditionsDocument.of(when), reason);
        }
    }

    /** How the support tier proposed to an ICB is worked out. */
    record EscalationDocument(List<SignalDocument> signals, int enhancedFrom, int intensiveFrom) {
        EscalationDocument {
            new EscalationPolicy(List.of(), enhancedFrom, intensiveFrom);
        }

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
            @Nullable Boolean raisedBefore,
            @Nullable Set<Destination> readsLike) {

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
                    raisedBefore,
                    orNone(readsLike));
        }
    }

    private static <T> Set<T> orNone(@Nullable Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
