package org.candour.routing.policy;

import java.util.List;

/** What the routing policy decided for a concern. */
public sealed interface RoutingDecision {

    String policyVersion();

    /** The concern goes to each of these bodies. */
    record Routed(String policyVersion, List<Route> routes) implements RoutingDecision {
        public Routed {
            routes = List.copyOf(routes);
            if (routes.isEmpty()) {
                throw new IllegalArgumentException("A routed concern needs at least one route");
            }
        }
    }

    /** No rule could place the concern: a person must decide. */
    record NeedsTriage(String policyVersion, String reason) implements RoutingDecision {}
}
