package org.candour.routing.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.Destination;
import org.candour.events.ProfessionalRole;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the routing policy: when it applies, who receives, and the reason given.
 *
 * @param id names the rule in every route it gives (for example {@code CQC-4}), so a case says which rule
 *     opened it; unique in the policy
 * @param destination the kind of body the rule routes to
 * @param recipient which organisation receives
 * @param recipientName the body's full name, for {@link Recipient#NATIONAL_BODY} and {@link
 *     Recipient#REGULATOR}; null for the others, whose names come from the provider and the directory
 * @param conditions when the rule applies
 * @param reason the reason, with placeholders {@code {provider}}, {@code {providerCode}} (the provider's
 *     ODS code, or "no ODS code given"), {@code {icb}}, {@code {icbCode}}, and for a regulator {@code
 *     {regulator}} (its name) and {@code {professionals}} (the roles whose fitness to practise is in
 *     question); the facts that met the conditions are added after it
 * @param weighing for a weighed rule, how the facts are weighed once the conditions hold: the rule applies
 *     only when they weigh enough, and it decides its destination (the destination's other rules then only
 *     add their reasons); null for a rule that applies whenever its conditions hold
 * @param decisive for a rule of a destination a weighed rule decides: the rule opens its route whenever
 *     it applies, however the facts weigh (a criterion DOMAIN.md states without qualification, such as a
 *     closed culture for CQC); without a weighed rule for its destination every rule is, and this changes
 *     nothing
 */
public record RoutingRule(
        String id,
        Destination destination,
        Recipient recipient,
        @Nullable String recipientName,
        Conditions conditions,
        String reason,
        @Nullable Weighing weighing,
        boolean decisive) {

    /** Which organisation receives a route. */
    public enum Recipient {
        /**
         * The board of the provider the concern is about. Only providers with a board of their own (NHS
         * trusts, independent hospital providers) receive; for any other kind the rule gives no route.
         */
        PROVIDER,
        /**
         * The ICBs of the provider's system: for an NHS trust the ICB the reporter placed the care in when the
         * organisation directory says the trust serves it, otherwise each ICB the trust serves (each route
         * then says why); for any other provider the ICB the reporter named.
         */
        PROVIDER_ICBS,
        /** The national body the destination names (CQC, PHSO, HSSIB): code the destination, name the rule's. */
        NATIONAL_BODY,
        /**
         * The professional regulator the destination names, once for the concern, when at least one
         * professional registered with it has their fitness to practise in question; code the destination,
         * name the rule's.
         */
        REGULATOR
    }

    /** A rule that applies whenever its conditions hold. */
    public RoutingRule(
            String id,
            Destination destination,
            Recipient recipient,
            @Nullable String recipientName,
            Conditions conditions,
            String reason) {
        this(id, destination, recipient, recipientName, conditions, reason, null, false);
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public RoutingRule {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A rule's id is 1 to 40 letters, digits, '.', '_' or '-', such as" + " CQC-4, not '" + id + "'");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("The rule for " + destination + " needs a reason");
        }
        boolean named = recipient == Recipient.NATIONAL_BODY || recipient == Recipient.REGULATOR;
        if (named && (recipientName == null || recipientName.isBlank())) {
            throw new IllegalArgumentException(
                    "The " + recipient + " rule for " + destination + " needs the recipient's name");
        }
        if (!named && recipientName != null) {
            throw new IllegalArgumentException("The " + recipient + " rule for " + destination
                    + " takes the recipient's name from the provider or the directory, so it cannot give one");
        }
        if (decisive && weighing != null) {
            throw new IllegalArgumentException("Rule " + id + " is weighed, so it cannot also be decisive: only a"
                    + " plain rule of a weighed destination can open its route whatever the weighing");
        }
        if (recipient == Recipient.REGULATOR && Boolean.FALSE.equals(conditions.registrantWithFitnessToPractise())) {
            throw new IllegalArgumentException("A REGULATOR rule for " + destination
                    + " needs a registrant whose fitness to practise is in question, so it cannot exclude one");
        }
        if (recipient == Recipient.REGULATOR
                && Arrays.stream(ProfessionalRole.values())
                        .noneMatch(role -> role.regulator().equals(Optional.of(destination)))) {
            throw new IllegalArgumentException(destination + " regulates none of the professional roles");
        }
    }

    /**
     * The facts that met the rule, when it applies to the concern; for a regulator, only the
     * professionals it registers count; for a weighed rule, the weighing is the last fact.
     */
    Optional<List<String>> met(ClassifiedConcern concern) {
        Optional<List<String>> found = conditions.met(concern);
        if (found.isEmpty()) {
            return found;
        }
        List<String> facts = new ArrayList<>(found.get());
        if (recipient == Recipient.REGULATOR) {
            List<String> registrants = registrants(concern).stream()
                    .map(Conditions::fitnessToPractise)
                    .toList();
            if (registrants.isEmpty()) {
                return Optional.empty();
            }
            registrants.stream().filter(fact -> !facts.contains(fact)).forEach(facts::add);
        }
        if (weighing != null) {
            Optional<String> weighed = weighing.weigh(concern);
            if (weighed.isEmpty()) {
                return Optional.empty();
            }
            facts.add(weighed.get());
        }
        return Optional.of(facts);
    }

    /** The professionals registered with this rule's regulator whose fitness to practise is in question. */
    List<ProfessionalTag> registrants(ClassifiedConcern concern) {
        return concern.professionals().stream()
                .filter(professional -> professional.fitnessToPractise()
                        && professional.role().regulator().equals(Optional.of(destination)))
                .toList();
    }
}
