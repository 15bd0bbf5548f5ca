package org.candour.routing.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.candour.events.CaseRoutedV1.Escalation;
import org.candour.events.CaseRoutedV1.Flag;
import org.candour.events.CaseRoutedV1.FlagKind;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.Destination;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;
import org.candour.organisations.Trust;
import org.jspecify.annotations.Nullable;

/**
 * The versioned routing policy: every rule that applies to a concern gives a route, each with its
 * reason and the facts that met the rule; rules that choose the same recipient share one route. A
 * destination with a weighed rule is told only when that rule's facts weigh enough, or a decisive rule
 * of it applies (ADR 0029); its other rules then add their reasons. A concern no rule can place, or
 * whose recipients cannot be identified, goes to triage rather than
 * nowhere. When classification asks for a person's check, the provider's own board is told at once
 * (the trust board route never waits for triage) and every other route waits. Each route carries the
 * flags meant for its destination, and an ICB's route the support tier proposed to it.
 *
 * @param version recorded with every decision
 * @param rules where concerns go
 * @param flags what recipients should do at once or know
 * @param escalation how the support tier proposed to an ICB is worked out
 */
public record RoutingPolicy(
        String version, List<RoutingRule> rules, List<FlagRule> flags, EscalationPolicy escalation) {

    public RoutingPolicy {
        rules = List.copyOf(rules);
        flags = List.copyOf(flags);
        if (version.isBlank()) {
            throw new IllegalArgumentException("A routing policy needs a version");
        }
        Set<String> ids = new HashSet<>();
        Set<Destination> weighed = EnumSet.noneOf(Destination.class);
        for (RoutingRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("Two rules have the id " + rule.id() + "; each rule needs its own");
            }
            if (rule.weighing() != null && !weighed.add(rule.destination())) {
                throw new IllegalArgumentException("Rule " + rule.id() + " is a second weighed rule for "
                        + rule.destination() + "; one weighed rule decides a destination");
            }
        }
    }

    public RoutingDecision decide(ClassifiedConcern concern, OrganisationDirectory directory) {
        Provider provider = concern.provider();
        Optional<Placement> found = place(provider, directory);
        if (found.isEmpty()) {
            return new RoutingDecision.NeedsTriage(version, unplaced(provider));
        }
        Placement placement = found.get();
        // Several rules may choose the same recipient: it gets one route with every rule's reason.
        Map<String, Chosen> chosen = new LinkedHashMap<>();
        Set<String> boards = new HashSet<>();
        Map<RoutingRule, List<String>> applying = new LinkedHashMap<>();
        rules.forEach(rule -> rule.met(concern).ifPresent(facts -> applying.put(rule, facts)));
        // A weighed rule decides its destination: when its facts do not weigh enough, and no decisive rule of
        // that destination applies, no rule opens that route.
        Set<Destination> weighedOut = rules.stream()
                .filter(rule -> rule.weighing() != null && !applying.containsKey(rule))
                .map(RoutingRule::destination)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Destination.class)));
        applying.keySet().stream().filter(RoutingRule::decisive).forEach(rule -> weighedOut.remove(rule.destination()));
        for (Map.Entry<RoutingRule, List<String>> applies : applying.entrySet()) {
            RoutingRule rule = applies.getKey();
            if (weighedOut.contains(rule.destination())) {
                continue;
            }
            List<String> facts = applies.getValue();
            switch (rule.recipient()) {
                case PROVIDER -> {
                    // A provider without a board of its own has no one to receive this route, whatever the rule says.
                    if (!provider.kind().hasBoard()) {
                        continue;
                    }
                    Chosen board = choose(chosen, rule.destination(), boardCode(placement), placement.name());
                    board.add(reason(rule, placement, null, facts));
                    if (placement.code() == null) {
                        board.add("Rule " + rule.id() + ": " + placement.name() + " was given without an ODS code,"
                                + " so the case is addressed to its board by the name and ICB the reporter gave;"
                                + " the quality team confirms which provider it is.");
                    }
                    boards.add(board.key());
                }
                case PROVIDER_ICBS -> {
                    for (Icb icb : placement.icbs()) {
                        Chosen route = choose(chosen, rule.destination(), icb.code(), icb.name());
                        route.add(reason(rule, placement, icb, facts));
                        if (placement.placeOfCare() != null) {
                            route.add("Rule " + rule.id() + ": " + placement.placeOfCare());
                        }
                    }
                }
                case NATIONAL_BODY, REGULATOR ->
                    choose(
                                    chosen,
                                    rule.destination(),
                                    rule.destination().name(),
                                    Objects.requireNonNull(rule.recipientName()))
                            .add(reason(rule, placement, null, facts)
                                    .replace("{regulator}", Objects.requireNonNull(rule.recipientName()))
                                    .replace("{professionals}", professionals(rule.registrants(concern))));
            }
        }
        List<FlagRule.Raised> raised = FlagRule.raiseAll(flags, concern);
        Escalation proposed = escalation.propose(concern);
        Map<String, Route> routed = new LinkedHashMap<>();
        chosen.forEach((key, route) -> routed.put(key, route.route(raised, proposed)));
        List<Route> routes = List.copyOf(routed.values());
        if (routes.isEmpty()) {
            return new RoutingDecision.NeedsTriage(
                    version,
                    "No rule of routing policy " + version + " applies to the concern, so a person decides where"
                            + " it goes.");
        }
        if (concern.needsTriage()) {
            List<Route> boardRoutes = routed.entrySet().stream()
                    .filter(entry -> boards.contains(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            return held(concern, routes, boardRoutes);
        }
        return new RoutingDecision.Routed(version, routes);
    }

    private static Chosen choose(Map<String, Chosen> chosen, Destination destination, String code, String name) {
        return chosen.computeIfAbsent(
                destination + " " + code, key -> new Chosen(key, destination, code, name, new ArrayList<>()));
    }

    /**
     * The code a board's case is addressed to: the provider's ODS code, or, for an independent hospital
     * provider named without one, its ICB's code and the name the reporter gave ({@code QU9/Oakfield Hospital}),
     * so that its board is still told at once instead of every route waiting for a person.
     */
    private static String boardCode(Placement placement) {
        return placement.code() != null
                ? placement.code()
                : placement.icbs().getFirst().code() + "/" + placement.name().strip();
    }

    /** The rule's id and reason for this recipient, then the facts that met it. */
    private static String reason(RoutingRule rule, Placement placement, @Nullable Icb icb, List<String> facts) {
        return withFacts("Rule " + rule.id() + ": " + fill(rule.reason(), placement, icb), facts);
    }

    /** A reason followed by the facts that met its rule's conditions. */
    static String withFacts(String reason, List<String> facts) {
        return facts.isEmpty() ? reason : reason + " Facts that met the rule: " + String.join("; ", facts) + ".";
    }

    /** The roles of the registrants, as a reason names them: "a nurse and a midwife". */
    private static String professionals(List<ProfessionalTag> registrants) {
        return registrants.stream()
                .map(professional ->
                        professional.role().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .distinct()
                .map(role -> Conditions.article(role) + " " + role)
                .collect(Collectors.joining(" and "));
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
     * Finds the provider's system: an NHS trust and the ICBs it serves from the directory, narrowed to
     * the one the reporter placed the care in when it is among them; any other provider as the reporter
     * named it, in the ICB they gave, which must be in the directory.
     */
    private static Optional<Placement> place(Provider provider, OrganisationDirectory directory) {
        if (provider.kind() == ProviderKind.NHS_TRUST) {
            return directory
                    .trust(Objects.requireNonNull(provider.odsCode()))
                    .map(trust -> placeTrust(trust, provider.icbCode(), directory));
        }
        return directory
                .icb(Objects.requireNonNull(provider.icbCode()))
                .map(icb -> new Placement(provider.name(), provider.odsCode(), List.of(icb), null));
    }

    /**
     * A trust's ICBs for this concern: the one the reporter placed the care in, when the trust serves it;
     * otherwise every ICB the trust serves. When the trust serves several, or the reporter's ICB is not
     * one it serves (the directory changed since), the placement says so, for the reason of each ICB's
     * route.
     */
    private static Placement placeTrust(Trust trust, @Nullable String placedIn, OrganisationDirectory directory) {
        List<Icb> served = directory.icbsServedBy(trust);
        int count = served.size();
        if (placedIn == null) {
            return new Placement(
                    trust.name(),
                    trust.code(),
                    served,
                    count > 1
                            ? trust.name() + " serves " + count + " ICBs and the place of care was not given, so each"
                                    + " of them is told."
                            : null);
        }
        String wanted = placedIn.strip().toUpperCase(Locale.ROOT);
        Optional<Icb> chosen =
                served.stream().filter(icb -> icb.code().equals(wanted)).findFirst();
        if (chosen.isPresent()) {
            Icb icb = chosen.get();
            return new Placement(
                    trust.name(),
                    trust.code(),
                    List.of(icb),
                    count > 1
                            ? "The reporter placed the care in the area of the " + icb.name() + " (" + icb.code()
                                    + "), one of the " + count + " ICBs " + trust.name() + " serves, so only that"
                                    + " ICB is told."
                            : null);
        }
        String given = directory
                .icb(wanted)
                .map(icb -> "the " + icb.name() + " (" + icb.code() + ")")
                .orElse("the ICB " + wanted);
        return new Placement(
                trust.name(),
                trust.code(),
                served,
                "The reporter placed the care in the area of " + given + ", which " + trust.name()
                        + " no longer serves by the organisation directory, so "
                        + (count > 1
                                ? "each of the " + count + " ICBs it serves is told."
                                : "the ICB it serves is told."));
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

    /** A route being chosen, gathering the reason of each rule that chose it. */
    private record Chosen(String key, Destination destination, String code, String name, List<String> reasons) {
        String add(String reason) {
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
            return key;
        }

        /** The route with the flags meant for its destination (one per kind) and, for an ICB, the tier. */
        Route route(List<FlagRule.Raised> raised, Escalation proposed) {
            Map<FlagKind, List<String>> reasonsByKind = new EnumMap<>(FlagKind.class);
            raised.stream()
                    .filter(flag -> flag.rule().carriedBy(destination))
                    .forEach(flag -> reasonsByKind
                            .computeIfAbsent(flag.flag().kind(), kind -> new ArrayList<>())
                            .add(flag.flag().reason()));
            List<Flag> flags = reasonsByKind.entrySet().stream()
                    .map(entry -> new Flag(entry.getKey(), String.join(" ", entry.getValue())))
                    .toList();
            return new Route(
                    destination,
                    code,
                    name,
                    reasons,
                    flags,
                    destination == Destination.ICS_QUALITY_GROUP ? proposed : null);
        }
    }

    /**
     * The provider as routing addresses it.
     *
     * @param name the provider's name: the directory's for an NHS trust, the reporter's otherwise
     * @param code the provider's ODS code, when known
     * @param icbs the ICBs of the provider's system, at least one
     * @param placeOfCare why a trust's concern goes to these of its ICBs, when it serves several or the
     *     reporter's ICB is not one it serves; null otherwise
     */
    private record Placement(
            String name,
            @Nullable String code,
            List<Icb> icbs,
            @Nullable String placeOfCare) {}
}
