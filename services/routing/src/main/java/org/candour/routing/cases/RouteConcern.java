package org.candour.routing.cases;

import java.time.Clock;
import java.time.Instant;
import org.candour.events.ConcernClassifiedV1;
import org.candour.events.EventType;
import org.candour.messaging.Outbox;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.policy.ClassifiedConcern;
import org.candour.routing.policy.RoutingDecision;
import org.candour.routing.policy.RoutingPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides where a classified concern goes, opens one case per destination with its reasons, and
 * announces each case, all in one transaction. A concern no rule can place is recorded as needing
 * triage, never dropped.
 */
@Service
public class RouteConcern {

    private final RoutingPolicy policy;
    private final OrganisationDirectory directory;
    private final Cases cases;
    private final Outbox outbox;
    private final Clock clock;

    RouteConcern(RoutingPolicy policy, OrganisationDirectory directory, Cases cases, Outbox outbox, Clock clock) {
        this.policy = policy;
        this.directory = directory;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public RoutingDecision route(ConcernClassifiedV1 concern) {
        RoutingDecision decision = policy.decide(
                new ClassifiedConcern(
                        concern.concernId(),
                        concern.provider(),
                        concern.primaryDomain(),
                        concern.harm().level(),
                        concern.urgent()),
                directory);
        Instant now = clock.instant();
        boolean firstDecision = cases.recordDecision(concern, decision, now);
        if (firstDecision && decision instanceof RoutingDecision.Routed routed) {
            routed.routes().stream()
                    .map(route -> RoutedCase.open(concern, route, decision.policyVersion(), now))
                    .forEach(routedCase -> {
                        cases.open(routedCase);
                        outbox.append(
                                EventType.CASE_ROUTED_V1,
                                concern.concernId(),
                                routedCase.id().toString(),
                                routedCase.routed());
                    });
        }
        return decision;
    }
}
