package org.candour.routing.policy;

import java.util.List;
import java.util.stream.Stream;

/** What the routing policy decided for a concern. */
public sealed interface RoutingDecision {

    String policyVersion();

    /** The routes to open now. */
    List<Route> routes();

    /** Every route the policy chose: those opened now and those waiting for a person's check. */
    List<Route> chosen();

    /** The concern goes to each of these bodies. */
    record Routed(String policyVersion, List<Route> routes) implements RoutingDecision {
        public Routed {
            routes = List.copyOf(routes);
            if (routes.isEmpty()) {
                throw new IllegalArgumentException("A routed concern needs at least one route");
            }
        }

        @Override
        public List<Route> chosen() {
            return routes;
        }
    }

    /**
     * A person must decide or check before the concern goes everywhere it may go: either no rule
     * could place it, or classification asked for a check. Routes to the provider's own board never
     * wait, so they may be open already.
     *
     * @param reason why, in plain words
     * @param routes the routes opened now: only ever to the provider's board
     * @param waiting the routes that wait for the check
     */
    record NeedsTriage(String policyVersion, String reason, List<Route> routes, List<Route> waiting)
            implements RoutingDecision {
        public NeedsTriage {
            routes = List.copyOf(routes);
            waiting = List.copyOf(waiting);
        }

        /** No rule could place the concern, so nothing is chosen. */
        public NeedsTriage(String policyVersion, String reason) {
            this(policyVersion, reason, List.of(), List.of());
        }

        @Override
        public List<Route> chosen() {
            return Stream.concat(routes.stream(), waiting.stream()).toList();
        }
    }
}
