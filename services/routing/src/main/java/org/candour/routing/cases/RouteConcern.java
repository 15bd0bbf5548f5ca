package org.candour.routing.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.events.CaseRoutedV1;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.messaging.Outbox;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.policy.ClassifiedConcern;
import org.candour.routing.policy.RoutingDecision;
import org.candour.routing.policy.RunningPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides where a classified concern goes, opens one case per destination with its reasons, and
 * announces each case, all in one transaction: on the topic of all routed cases and, for an ICB's
 * System Quality Group, on that ICB's own topic too. A concern no rule can place is recorded as needing
 * triage, never dropped.
 *
 * <p>Each revision of the classification replaces the one before: the policy runs again, cases for
 * destinations newly chosen are opened and announced, cases still chosen are left as they are, and
 * cases no longer chosen are withdrawn. Withdrawals are not announced yet: delivery is to learn of
 * them in its own issue. A revision no newer than the one applied changes nothing, so duplicates and
 * revisions delivered out of order are harmless.
 */
@Service
public class RouteConcern {

    private static final Logger log = LoggerFactory.getLogger(RouteConcern.class);

    private final RunningPolicy policy;
    private final OrganisationDirectory directory;
    private final Cases cases;
    private final Outbox outbox;
    private final Clock clock;

    RouteConcern(RunningPolicy policy, OrganisationDirectory directory, Cases cases, Outbox outbox, Clock clock) {
        this.policy = policy;
        this.directory = directory;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void route(ConcernClassifiedV2 concern) {
        OptionalInt applied = cases.appliedRevision(concern.concernId());
        if (applied.isPresent() && concern.revision() <= applied.getAsInt()) {
            ignore(concern, applied.getAsInt());
            return;
        }
        RoutingDecision decision = policy.current().decide(ClassifiedConcern.of(concern), directory);
        Instant now = clock.instant();
        if (!cases.recordRevision(concern, decision, now, applied.isEmpty())) {
            // Another delivery recorded the concern's first revision meanwhile; a retry sees it and compares.
            throw new IllegalStateException("Concern " + concern.concernId()
                    + " was recorded by another delivery while revision " + concern.revision() + " was routed");
        }
        Map<UUID, Cases.Status> existing = cases.casesOf(concern.concernId());
        decision.routes().stream()
                .map(route -> RoutedCase.open(concern, route, decision.policyVersion(), now))
                .filter(routedCase -> existing.get(routedCase.id()) != Cases.Status.OPEN)
                .forEach(routedCase -> {
                    cases.open(routedCase);
                    CaseRoutedV1 routed = routedCase.routed();
                    outbox.append(
                            EventType.CASE_ROUTED_V1,
                            concern.concernId(),
                            routedCase.id().toString(),
                            routed);
                    if (routed.destination() == Destination.ICS_QUALITY_GROUP) {
                        // The ICB's own feed, keyed by case: a quality group subscribes to its topic and sees no other
                        // system's cases.
                        outbox.append(
                                EventType.icbCasesRouted(routed.recipientCode()),
                                routedCase.id(),
                                routedCase.id().toString(),
                                routed);
                    }
                });
        Set<UUID> chosen = decision.chosen().stream()
                .map(route -> RoutedCase.idOf(concern, route))
                .collect(Collectors.toSet());
        existing.forEach((caseId, status) -> {
            if (status == Cases.Status.OPEN && !chosen.contains(caseId)) {
                cases.withdraw(caseId, concern, withdrawal(concern), decision.policyVersion(), now);
            }
        });
    }

    private static String withdrawal(ConcernClassifiedV2 concern) {
        ConcernClassifiedV2.Review review = concern.review();
        // Revision 1 never finds a case open, so a withdrawal always follows a reviewer's correction.
        return review == null
                ? "the classification changed"
                : "reviewer " + review.reviewer() + " corrected the classification: " + review.reason();
    }

    private static void ignore(ConcernClassifiedV2 concern, int applied) {
        log.info(
                "Ignoring revision {} of concern {}: revision {} is already applied",
                concern.revision(),
                concern.concernId(),
                applied);
    }
}
