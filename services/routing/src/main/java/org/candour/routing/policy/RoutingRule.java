package org.candour.routing.policy;

import java.util.Set;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;

/**
 * One rule of the routing policy: when it applies, who receives, and the reason given.
 *
 * @param destination the kind of body the rule routes to
 * @param recipient which organisation receives
 * @param providerKinds the rule applies only to concerns about these kinds of provider; empty for any
 * @param domains the rule applies only to concerns whose primary domain is one of these; empty for any
 * @param minimumHarm the rule applies only from this harm level up ({@link HarmLevel#UNKNOWN} always
 *     qualifies, since a risk with no specific event can be serious); {@code NONE} for any
 * @param urgentOnly whether the rule applies only to urgent concerns
 * @param reason the reason, with placeholders {@code {provider}}, {@code {providerCode}} (the
 *     provider's ODS code, or "no ODS code given"), {@code {icb}}, {@code {icbCode}}
 */
public record RoutingRule(
        Destination destination,
        Recipient recipient,
        Set<ProviderKind> providerKinds,
        Set<QualityDomain> domains,
        HarmLevel minimumHarm,
        boolean urgentOnly,
        String reason) {

    /** Which organisation receives a route. */
    public enum Recipient {
        /**
         * The board of the provider the concern is about. Only providers with a board of their own (NHS
         * trusts, independent hospital providers) receive; for any other kind the rule gives no route.
         */
        PROVIDER,
        /**
         * The ICBs of the provider's system: for an NHS trust each ICB the organisation directory says it
         * serves, for any other provider the ICB the reporter named.
         */
        PROVIDER_ICBS
    }

    public RoutingRule {
        providerKinds = Set.copyOf(providerKinds);
        domains = Set.copyOf(domains);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("The rule for " + destination + " needs a reason");
        }
    }

    boolean appliesTo(ClassifiedConcern concern) {
        return (providerKinds.isEmpty()
                        || providerKinds.contains(concern.provider().kind()))
                && (domains.isEmpty() || domains.contains(concern.primaryDomain()))
                && atLeast(concern.harm(), minimumHarm)
                && (!urgentOnly || concern.urgent());
    }

    private static boolean atLeast(HarmLevel harm, HarmLevel minimum) {
        return minimum == HarmLevel.NONE || harm == HarmLevel.UNKNOWN || harm.ordinal() >= minimum.ordinal();
    }
}
