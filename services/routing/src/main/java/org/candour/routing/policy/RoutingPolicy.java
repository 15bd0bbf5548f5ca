package org.candour.routing.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;
import org.candour.organisations.Trust;
import org.jspecify.annotations.Nullable;

/**
 * The versioned routing policy: every rule that applies to a concern gives a route, each with its
 * reason. A concern no rule can place goes to triage rather than nowhere.
 */
public record RoutingPolicy(String version, List<RoutingRule> rules) {

    public RoutingPolicy {
        rules = List.copyOf(rules);
        if (version.isBlank()) {
            throw new IllegalArgumentException("A routing policy needs a version");
        }
    }

    public RoutingDecision decide(ClassifiedConcern concern, OrganisationDirectory directory) {
        Optional<Trust> provider = directory.trust(concern.organisationCode());
        if (provider.isEmpty()) {
            return new RoutingDecision.NeedsTriage(
                    version,
                    "The provider " + concern.organisationCode()
                            + " is not in the organisation directory, so no rule can place the concern.");
        }
        Trust trust = provider.get();
        List<Icb> icbs = directory.icbsServedBy(trust);
        List<Route> routes = new ArrayList<>();
        for (RoutingRule rule : rules) {
            if (!rule.appliesTo(concern)) {
                continue;
            }
            switch (rule.recipient()) {
                case PROVIDER ->
                    routes.add(new Route(
                            rule.destination(), trust.code(), trust.name(), List.of(fill(rule.reason(), trust, null))));
                case PROVIDER_ICBS -> {
                    for (Icb icb : icbs) {
                        List<String> reasons = new ArrayList<>();
                        reasons.add(fill(rule.reason(), trust, icb));
                        if (icbs.size() > 1) {
                            reasons.add(trust.name() + " serves " + icbs.size()
                                    + " ICBs and the concern does not yet say in which system the care happened,"
                                    + " so each of them is told.");
                        }
                        routes.add(new Route(rule.destination(), icb.code(), icb.name(), reasons));
                    }
                }
            }
        }
        if (routes.isEmpty()) {
            return new RoutingDecision.NeedsTriage(
                    version, "No rule of routing policy " + version + " applies to the concern.");
        }
        return new RoutingDecision.Routed(version, routes);
    }

    private static String fill(String template, Trust trust, @Nullable Icb icb) {
        String text = template.replace("{provider}", trust.name()).replace("{providerCode}", trust.code());
        return icb == null ? text : text.replace("{icb}", icb.name()).replace("{icbCode}", icb.code());
    }
}
