package org.candour.routing.cases;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.ConcernClassifiedV2;
import org.candour.routing.policy.Route;

/**
 * A case: one concern routed to one body, with the reasons.
 *
 * @param id stable across redelivery and revisions: derived from the concern, destination and recipient
 * @param concern the classification revision the case was routed from
 * @param route where it goes and why
 * @param policyVersion the routing policy that decided
 * @param routedAt when
 */
record RoutedCase(UUID id, ConcernClassifiedV2 concern, Route route, String policyVersion, Instant routedAt) {

    static RoutedCase open(ConcernClassifiedV2 concern, Route route, String policyVersion, Instant now) {
        return new RoutedCase(idOf(concern, route), concern, route, policyVersion, now);
    }

    static UUID idOf(ConcernClassifiedV2 concern, Route route) {
        return UUID.nameUUIDFromBytes(
                (concern.concernId() + "|" + route.destination() + "|" + route.recipientCode()).getBytes(UTF_8));
    }

    CaseRoutedV1 routed() {
        return new CaseRoutedV1(
                id,
                concern.concernId(),
                concern.reference(),
                route.destination(),
                route.recipientCode(),
                route.recipientName(),
                route.reasons(),
                routedAt,
                policyVersion,
                concern.primaryDomain(),
                concern.harm().level(),
                concern.urgent(),
                concern.provider(),
                concern.domains().stream()
                        .map(ConcernClassifiedV2.DomainTag::domain)
                        .toList(),
                route.flags(),
                route.escalation());
    }
}
