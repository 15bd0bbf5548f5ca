package org.candour.routing.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.candour.events.CaseRoutedV1.Flag;
import org.candour.events.CaseRoutedV1.FlagKind;
import org.candour.events.Destination;

/**
 * One rule that flags a concern's cases: when it applies, which cases carry the flag, and the reason.
 *
 * @param flag the flag
 * @param destinations the cases that carry it, by destination; empty means every case of the concern
 * @param conditions when the rule applies
 * @param reason what the recipient should do and why; the facts that met the conditions are added after it
 */
public record FlagRule(FlagKind flag, Set<Destination> destinations, Conditions conditions, String reason) {

    public FlagRule {
        destinations = Set.copyOf(destinations);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("The " + flag + " flag rule needs a reason");
        }
    }

    /** The flag with its reason and the facts that raised it, when the rule applies to the concern. */
    Optional<Flag> raise(ClassifiedConcern concern) {
        return conditions.met(concern).map(facts -> new Flag(flag, RoutingPolicy.withFacts(reason, facts)));
    }

    boolean carriedBy(Destination destination) {
        return destinations.isEmpty() || destinations.contains(destination);
    }

    /** The flags the rules raise for a concern, each with the rule that raised it. */
    static List<Raised> raiseAll(List<FlagRule> rules, ClassifiedConcern concern) {
        return rules.stream()
                .flatMap(rule -> rule.raise(concern).map(flag -> new Raised(rule, flag)).stream())
                .toList();
    }

    /** A flag a rule raised, kept with its rule so each route takes the flags meant for it. */
    record Raised(FlagRule rule, Flag flag) {}
}
