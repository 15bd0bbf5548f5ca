package org.candour.routing.policy;

import java.util.Set;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;

/**
 * One rule of the routing policy: when it applies, who receives, and the reason given.
 *
 * @param destination the kind of body the rule routes to
 * @param recipient which organisation receives
 * @param domains the rule applies only to concerns whose primary domain is one of these; empty for any
 * @param minimumHarm the rule applies only from this harm level up ({@link HarmLevel#UNKNOWN} always
 *     qualifies, since a risk with no specific event can be serious); {@code NONE} for any
 * @param urgentOnly whether the rule applies only to urgent concerns
 * @param reason the reason, with placeholders {@code {provider}}, {@code {providerCode}},
 *     {@code {icb}}, {@code {icbCode}}
 */
public record RoutingRule(
        Destination destination,
        Recipient recipient,
        Set<QualityDomain> domains,
        HarmLevel minimumHarm,
        boolean urgentOnly,
        String reason) {

    /** Which organisation receives a route. */
    public enum Recipient {
        /** The provider the concern is about. */
        PROVIDER,
        /** Each ICB the provider serves. */
        PROVIDER_ICBS
    }

    public RoutingRule {
        domains = Set.copyOf(domains);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("The rule for " + destination + " needs a reason");
        }
    }

    boolean appliesTo(ClassifiedConcern concern) {
        return (domains.isEmpty() || domains.contains(concern.primaryDomain()))
                && atLeast(concern.harm(), minimumHarm)
                && (!urgentOnly || concern.urgent());
    }

    private static boolean atLeast(HarmLevel harm, HarmLevel minimum) {
        return minimum == HarmLevel.NONE || harm == HarmLevel.UNKNOWN || harm.ordinal() >= minimum.ordinal();
    }
}
