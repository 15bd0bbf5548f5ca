package org.candour.routing.policy;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.Provider;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedRoute;

/**
 * What routing knows of a concern when it decides: one revision of its classification, without the
 * evidence and confidences, which rules do not read.
 *
 * @param concernId the concern
 * @param provider where the care happened, as the reporter gave it
 * @param revision 1 for the classifier's findings, one more for each reviewer's correction
 * @param classifiedAt when the revision was made, which time limits such as the Ombudsman's are measured to
 * @param primaryDomain its primary quality domain
 * @param domains every domain it touches, the primary first
 * @param harm its graded harm
 * @param incidentCategory the incident category it fits best
 * @param professionals the professionals it is about
 * @param complaint how far the local complaint has gone
 * @param signals the facts that raise its reach or urgency
 * @param urgent whether it needs action now
 * @param needsTriage whether a person should confirm the classification before it is relied on
 * @param triageReasons why a person should; empty when they need not
 * @param raisedBefore where the reporter had already raised it; empty when nowhere
 * @param readsLike the destinations whose concerns in the labelled corpus it reads like, by classification's
 *     learnt term reader; empty when none
 */
public record ClassifiedConcern(
        UUID concernId,
        Provider provider,
        int revision,
        Instant classifiedAt,
        QualityDomain primaryDomain,
        Set<QualityDomain> domains,
        HarmLevel harm,
        IncidentCategory incidentCategory,
        List<ProfessionalTag> professionals,
        ComplaintTag complaint,
        Set<ConcernSignal> signals,
        boolean urgent,
        boolean needsTriage,
        List<String> triageReasons,
        List<RaisedRoute> raisedBefore,
        Set<Destination> readsLike) {

    public ClassifiedConcern {
        domains = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(domains));
        professionals = List.copyOf(professionals);
        signals = signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
        triageReasons = List.copyOf(triageReasons);
        raisedBefore = List.copyOf(raisedBefore);
        readsLike = readsLike.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(readsLike));
        if (!domains.contains(primaryDomain)) {
            throw new IllegalArgumentException("domains must include the primary domain " + primaryDomain);
        }
    }

    public static ClassifiedConcern of(ConcernClassifiedV2 classified) {
        Set<QualityDomain> domains = new LinkedHashSet<>();
        classified.domains().forEach(tag -> domains.add(tag.domain()));
        Set<ConcernSignal> signals = EnumSet.noneOf(ConcernSignal.class);
        classified.signals().forEach(tag -> signals.add(tag.signal()));
        Set<Destination> readsLike = EnumSet.noneOf(Destination.class);
        classified.readsLike().forEach(tag -> readsLike.add(tag.destination()));
        return new ClassifiedConcern(
                classified.concernId(),
                classified.provider(),
                classified.revision(),
                classified.classifiedAt(),
                classified.primaryDomain(),
                domains,
                classified.harm().level(),
                classified.incidentCategory().category(),
                classified.professionals(),
                classified.complaint(),
                signals,
                classified.urgent(),
                classified.needsTriage(),
                classified.triageReasons(),
                classified.raisedBefore(),
                readsLike);
    }
}
