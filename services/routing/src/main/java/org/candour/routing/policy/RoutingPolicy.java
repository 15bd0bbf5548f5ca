package org.candour.routing.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;
import org.candour.organisations.Trust;
import org.jspecify.annotations.Nullable;

/**
 * The versioned routing policy: every rule that applies to a concern gives a route, each with its
 * reason. A concern no rule can place, or whose recipients cannot be identified, goes to triage
 * rather than nowhere. When classification asks for a person's check, the provider's own board is
 * told at once (the trust board route never waits for triage) and every other route waits.
 */
public record RoutingPolicy(String version, List<RoutingRule> rules) {

    public RoutingPolicy {
        rules = List.copyOf(rules);
        if (version.isBlank()) {
            throw new IllegalArgumentException("A routing policy needs a version");
        }
    }

    public RoutingDecision decide(ClassifiedConcern concern, OrganisationDirectory directory) {
        Provider provider = concern.provider();
        Optional<Placement> found = place(provider, directory);
        if (found.isEmpty()) {
            return new RoutingDecision.NeedsTriage(version, unplaced(provider));
        }
        Placement placement = found.get();
        List<Route> routes = new ArrayList<>();
        List<Route> boardRoutes = new ArrayList<>();
        for (RoutingRule rule : rules) {
            if (!rule.appliesTo(concern)) {
                continue;
            }
            switch (rule.recipient()) {
                case PROVIDER -> {
                    // A provider without a board of its own has no one to receive this route, whatever the rule says.
                    if (!provider.kind().hasBoard()) {
                        continue;
                    }
                    if (placement.code() == null) {
                        return new RoutingDecision.NeedsTriage(
                                version,
                                placement.name() + " was given without an ODS code, so a case for its board"
                                        + " cannot be addressed; a person must identify the provider.");
                    }
                    Route route = new Route(
                            rule.destination(),
                            placement.code(),
                            placement.name(),
                            List.of(fill(rule.reason(), placement, null)));
                    routes.add(route);
                    boardRoutes.add(route);
                }
                case PROVIDER_ICBS -> {
                    for (Icb icb : placement.icbs()) {
                        List<String> reasons = new ArrayList<>();
                        reasons.add(fill(rule.reason(), placement, icb));
                        if (placement.icbs().size() > 1) {
                            reasons.add(placement.name() + " serves "
                                    + placement.icbs().size()
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
        if (concern.needsTriage()) {
            return held(concern, routes, boardRoutes);
        }
        return new RoutingDecision.Routed(version, routes);
    }

    private RoutingDecision held(ClassifiedConcern concern, List<Route> routes, List<Route> boardRoutes) {
        List<Route> waiting =
                routes.stream().filter(route -> !boardRoutes.contains(route)).toList();
        String unsure = "Classification asks a person to check it (" + String.join("; ", concern.triageReasons()) + ")";
        String reason = boardRoutes.isEmpty()
                ? unsure + ", and the provider has no board of its own to tell meanwhile, so nothing is shared"
                        + " until the check."
                : unsure + ", so only the provider's board is told now; the other routes wait for the check.";
        return new RoutingDecision.NeedsTriage(version, reason, boardRoutes, waiting);
    }

    /**
     * Finds the provider's system: an NHS trust and the ICBs it serves from the directory; any other
     * provider as the reporter named it, in the ICB they gave, which must be in the directory.
     */
    private static Optional<Placement> place(Provider provider, OrganisationDirectory directory) {
        if (provider.kind() == ProviderKind.NHS_TRUST) {
            return directory
                    .trust(Objects.requireNonNull(provider.odsCode()))
                    .map(trust -> Placement.of(trust, directory.icbsServedBy(trust)));
        }
        return directory
                .icb(Objects.requireNonNull(provider.icbCode()))
                .map(icb -> new Placement(provider.name(), provider.odsCode(), List.of(icb)));
    }

    private static String unplaced(Provider provider) {
        if (provider.kind() == ProviderKind.NHS_TRUST) {
            return "The provider " + provider.odsCode()
                    + " is not in the organisation directory, so no rule can place the concern.";
        }
        return "The ICB " + provider.icbCode() + " given for " + provider.name()
                + " is not in the organisation directory, so no rule can place the concern.";
    }

    private static String fill(String template, Placement placement, @Nullable Icb icb) {
        String text = template.replace("{provider}", placement.name())
                .replace("{providerCode}", placement.code() == null ? "no ODS code given" : placement.code());
        return icb == null ? text : text.replace("{icb}", icb.name()).replace("{icbCode}", icb.code());
    }

    /**
     * The provider as routing addresses it.
     *
     * @param name the provider's name: the directory's for an NHS trust, the reporter's otherwise
     * @param code the provider's ODS code, when known
     * @param icbs the ICBs of the provider's system, at least one
     */
    private record Placement(String name, @Nullable String code, List<Icb> icbs) {
        static Placement of(Trust trust, List<Icb> icbs) {
            return new Placement(trust.name(), trust.code(), icbs);
        }
    }
}
