package org.candour.routing.policy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * When a rule applies: every condition stated must hold; an empty set or a null means "any". The
 * conditions are generic, so which bodies get what stays in the policy's data.
 *
 * @param providerKinds the provider is one of these kinds
 * @param primaryDomains the primary domain is one of these
 * @param anyDomains the concern touches at least one of these domains
 * @param minimumHarm the harm is at least this; {@link HarmLevel#UNKNOWN} always qualifies, since a risk
 *     with no specific event can be serious
 * @param harmLevels the harm is one of these (list {@code UNKNOWN} if it should count)
 * @param incidentCategories the incident category is one of these
 * @param anySignals at least one of these signals was found
 * @param allSignals every one of these signals was found
 * @param noSignals none of these signals was found
 * @param complaintStatuses the local complaint's status is one of these
 * @param byOrForPatient whether the reporter is, or acts for, the person affected
 * @param finalResponseWithinMonths when the date of the complaint's final response is given, it is no
 *     more than this many months before the classification (in England's time zone); a date not given
 *     passes, and the reason says it could not be checked
 * @param urgent whether the concern needs action now
 * @param registrantWithFitnessToPractise {@code true}: at least one professional the concern is about
 *     is registered and their conduct, if true, could call their fitness to practise into question;
 *     {@code false}: no such professional, so the concern is not about one registrant's own conduct
 * @param raisedBefore whether the reporter had already raised the concern somewhere (their manager, the
 *     Freedom to Speak Up guardian, a formal complaint, elsewhere)
 * @param readsLike the concern reads like those the labelled corpus's writers sent to at least one of these
 *     destinations, by classification's learnt term reader (ADR 0031): a reading of the words, for a weighed
 *     rule to weigh beside the findings
 */
public record Conditions(
        Set<ProviderKind> providerKinds,
        Set<QualityDomain> primaryDomains,
        Set<QualityDomain> anyDomains,
        @Nullable HarmLevel minimumHarm,
        Set<HarmLevel> harmLevels,
        Set<IncidentCategory> incidentCategories,
        Set<ConcernSignal> anySignals,
        Set<ConcernSignal> allSignals,
        Set<ConcernSignal> noSignals,
        Set<ComplaintStatus> complaintStatuses,
        @Nullable Boolean byOrForPatient,
        @Nullable Integer finalResponseWithinMonths,
        @Nullable Boolean urgent,
        @Nullable Boolean registrantWithFitnessToPractise,
        @Nullable Boolean raisedBefore,
        Set<Destination> readsLike) {

    /** Dates of final responses are calendar dates in England. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** No condition: the rule applies to every concern. */
    public static final Conditions ANY = new Conditions(
            Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null,
            null, null, null, Set.of());

    public Conditions {
        providerKinds = Set.copyOf(providerKinds);
        primaryDomains = Set.copyOf(primaryDomains);
        anyDomains = Set.copyOf(anyDomains);
        harmLevels = Set.copyOf(harmLevels);
        incidentCategories = Set.copyOf(incidentCategories);
        anySignals = Set.copyOf(anySignals);
        allSignals = Set.copyOf(allSignals);
        noSignals = Set.copyOf(noSignals);
        complaintStatuses = Set.copyOf(complaintStatuses);
        readsLike = Set.copyOf(readsLike);
        if (finalResponseWithinMonths != null && finalResponseWithinMonths < 1) {
            throw new IllegalArgumentException(
                    "finalResponseWithinMonths must be 1 or more, was " + finalResponseWithinMonths);
        }
        Set<ConcernSignal> contradicted = EnumSet.noneOf(ConcernSignal.class);
        contradicted.addAll(allSignals);
        contradicted.addAll(anySignals);
        contradicted.retainAll(noSignals);
        if (!contradicted.isEmpty()) {
            throw new IllegalArgumentException("A rule cannot both need and exclude the signals " + contradicted);
        }
    }

    /**
     * The facts that met the conditions, in plain words, when every condition holds; empty when one
     * does not. The provider's kind is left out: each rule's reason names the provider.
     */
    Optional<List<String>> met(ClassifiedConcern concern) {
        List<String> facts = new ArrayList<>();
        if (!providerKinds.isEmpty()
                && !providerKinds.contains(concern.provider().kind())) {
            return Optional.empty();
        }
        if (!primaryDomains.isEmpty()) {
            if (!primaryDomains.contains(concern.primaryDomain())) {
                return Optional.empty();
            }
            facts.add("primary domain: " + concern.primaryDomain());
        }
        if (!anyDomains.isEmpty()) {
            List<QualityDomain> touched =
                    concern.domains().stream().filter(anyDomains::contains).toList();
            if (touched.isEmpty()) {
                return Optional.empty();
            }
            facts.add("domains: " + names(touched));
        }
        boolean harmChecked = false;
        if (minimumHarm != null) {
            if (!atLeast(concern.harm(), minimumHarm)) {
                return Optional.empty();
            }
            harmChecked = minimumHarm != HarmLevel.NONE;
        }
        if (!harmLevels.isEmpty()) {
            if (!harmLevels.contains(concern.harm())) {
                return Optional.empty();
            }
            harmChecked = true;
        }
        if (harmChecked) {
            facts.add("harm: " + concern.harm());
        }
        if (!incidentCategories.isEmpty()) {
            if (!incidentCategories.contains(concern.incidentCategory())) {
                return Optional.empty();
            }
            facts.add("incident category: " + concern.incidentCategory());
        }
        Set<ConcernSignal> found = concern.signals();
        if (!anySignals.isEmpty() && anySignals.stream().noneMatch(found::contains)) {
            return Optional.empty();
        }
        if (!found.containsAll(allSignals)) {
            return Optional.empty();
        }
        if (noSignals.stream().anyMatch(found::contains)) {
            return Optional.empty();
        }
        List<ConcernSignal> matched = found.stream()
                .filter(signal -> anySignals.contains(signal) || allSignals.contains(signal))
                .sorted()
                .toList();
        if (!matched.isEmpty()) {
            facts.add("signals: " + names(matched));
        }
        if (!noSignals.isEmpty()) {
            facts.add("none of the signals " + names(noSignals.stream().sorted().toList()));
        }
        if (!complaintStatuses.isEmpty()) {
            if (!complaintStatuses.contains(concern.complaint().status())) {
                return Optional.empty();
            }
            facts.add("local complaint: " + concern.complaint().status());
        }
        if (byOrForPatient != null) {
            if (byOrForPatient != concern.complaint().byOrForPatient()) {
                return Optional.empty();
            }
            facts.add(byOrForPatient ? "made by or for the person affected" : "not made by or for the person affected");
        }
        if (finalResponseWithinMonths != null) {
            Optional<String> inTime = finalResponseInTime(concern, finalResponseWithinMonths);
            if (inTime.isEmpty()) {
                return Optional.empty();
            }
            facts.add(inTime.get());
        }
        if (urgent != null) {
            if (urgent != concern.urgent()) {
                return Optional.empty();
            }
            facts.add(urgent ? "urgent" : "not urgent");
        }
        if (registrantWithFitnessToPractise != null) {
            List<ProfessionalTag> registrants = concern.professionals().stream()
                    .filter(ProfessionalTag::fitnessToPractise)
                    .toList();
            if (registrants.isEmpty() == registrantWithFitnessToPractise) {
                return Optional.empty();
            }
            if (registrants.isEmpty()) {
                facts.add("no registered professional whose fitness to practise is in question");
            }
            registrants.forEach(professional -> facts.add(fitnessToPractise(professional)));
        }
        if (raisedBefore != null) {
            if (raisedBefore == concern.raisedBefore().isEmpty()) {
                return Optional.empty();
            }
            facts.add(raisedBefore ? "raised before with: " + names(concern.raisedBefore()) : "not raised before");
        }
        if (!readsLike.isEmpty()) {
            List<Destination> like = concern.readsLike().stream()
                    .filter(readsLike::contains)
                    .sorted()
                    .toList();
            if (like.isEmpty()) {
                return Optional.empty();
            }
            facts.add("reads like the concerns the corpus sent to " + names(like));
        }
        return Optional.of(facts);
    }

    /** Whether every condition holds for the concern: what the training of a weighed rule reads. */
    public boolean holds(ClassifiedConcern concern) {
        return met(concern).isPresent();
    }

    /** The fact that puts a professional's fitness to practise in question, as a reason states it. */
    static String fitnessToPractise(ProfessionalTag professional) {
        return article(professional.role().name()) + " " + professional.role()
                + " whose conduct could meet the fitness-to-practise threshold";
    }

    private static Optional<String> finalResponseInTime(ClassifiedConcern concern, int months) {
        LocalDate finalResponseOn = concern.complaint().finalResponseOn();
        if (finalResponseOn == null) {
            return Optional.of("the date of the final response was not given, so the " + months
                    + "-month time limit is left for the Ombudsman to check");
        }
        LocalDate classifiedOn = LocalDate.ofInstant(concern.classifiedAt(), ENGLAND);
        if (finalResponseOn.plusMonths(months).isBefore(classifiedOn)) {
            return Optional.empty();
        }
        return Optional.of("final response on " + finalResponseOn + ", within " + months
                + " months of the classification on " + classifiedOn);
    }

    private static boolean atLeast(HarmLevel harm, HarmLevel minimum) {
        return minimum == HarmLevel.NONE || harm == HarmLevel.UNKNOWN || harm.ordinal() >= minimum.ordinal();
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
