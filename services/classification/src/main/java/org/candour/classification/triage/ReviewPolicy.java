package org.candour.classification.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.CategoryTag;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.HarmGrade;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernClassifiedV2.Review;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * What a review must state and what revision it makes. A tag the reviewer left as it was keeps its
 * evidence and confidence; a tag they changed or added is theirs: confidence 1 and their reason as
 * the evidence. Plain Java.
 */
final class ReviewPolicy {

    private static final int MIN_REASON = ProposedReview.MIN_REASON_LENGTH;
    private static final int MAX_REASON = ProposedReview.MAX_REASON_LENGTH;

    private ReviewPolicy() {}

    /**
     * Checks a review as sent.
     *
     * @throws InvalidReviewException naming every field that is missing, malformed or against a rule
     */
    static Correction check(ProposedReview proposed) {
        List<Violation> violations = new ArrayList<>();
        Integer basedOn = proposed.basedOnRevision();
        if (basedOn == null || basedOn < 1) {
            violations.add(Violation.invalid(
                    "basedOnRevision", "Give the revision you reviewed (1 or more), as shown with the classification"));
        }
        String reason = reason(proposed.reason(), violations);
        QualityDomain primary =
                required(proposed.primaryDomain(), "primaryDomain", "Choose the primary domain", violations);
        List<QualityDomain> domains = list(proposed.domains(), "domains", "domain", violations);
        if (proposed.domains() != null && proposed.domains().isEmpty()) {
            violations.add(Violation.invalid("domains", "Choose at least one domain the concern touches"));
        }
        HarmLevel harm = required(proposed.harm(), "harm", "Choose the harm", violations);
        var category =
                required(proposed.incidentCategory(), "incidentCategory", "Choose the incident category", violations);
        List<Correction.Professional> professionals = professionals(proposed.professionals(), violations);
        ComplaintStatus complaint =
                required(proposed.complaintStatus(), "complaintStatus", "Choose the complaint status", violations);
        List<ConcernSignal> signals = list(proposed.signals(), "signals", "signal", violations);

        if (primary != null && !domains.isEmpty() && !domains.contains(primary)) {
            violations.add(Violation.rule(
                    "primaryDomain", "The primary domain " + primary + " must also be one of the domains chosen"));
        }
        if (violations.isEmpty()) {
            List<QualityDomain> ordered = new ArrayList<>();
            ordered.add(Objects.requireNonNull(primary));
            domains.stream().filter(domain -> domain != primary).forEach(ordered::add);
            return new Correction(
                    Objects.requireNonNull(basedOn),
                    Objects.requireNonNull(reason),
                    ordered,
                    Objects.requireNonNull(harm),
                    Objects.requireNonNull(category),
                    professionals,
                    Objects.requireNonNull(complaint),
                    signals);
        }
        throw new InvalidReviewException(violations);
    }

    private static @Nullable String reason(@Nullable String given, List<Violation> violations) {
        if (given == null || given.isBlank()) {
            violations.add(Violation.invalid("reason", "Give a reason for your review"));
            return null;
        }
        String reason = given.strip();
        int length = reason.codePointCount(0, reason.length());
        if (length < MIN_REASON) {
            violations.add(Violation.invalid(
                    "reason", "Give a reason of at least " + MIN_REASON + " characters, so that others understand it"));
        } else if (length > MAX_REASON) {
            violations.add(Violation.invalid(
                    "reason", "Shorten the reason to " + MAX_REASON + " characters or fewer; it has " + length));
        }
        if (reason.codePoints().anyMatch(ReviewPolicy::hidden)) {
            violations.add(Violation.invalid(
                    "reason",
                    "Remove the control or text-direction characters from the reason; write it as plain text"));
        }
        return reason;
    }

    /** Line breaks and tabs are how people write; any other control or bidi character can hide text. */
    private static boolean hidden(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return false;
        }
        return Character.isISOControl(codePoint)
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E
                || codePoint == 0x200F
                || codePoint == 0x061C;
    }

    private static <T> @Nullable T required(
            @Nullable T value, String field, String message, List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.invalid(field, message));
        }
        return value;
    }

    private static <T> List<T> list(
            @Nullable List<@Nullable T> values, String field, String what, List<Violation> violations) {
        if (values == null) {
            violations.add(Violation.invalid(field, "State the " + field + ": an empty list when there are none"));
            return List.of();
        }
        List<T> present = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                violations.add(Violation.invalid(field + "[" + i + "]", "Choose a " + what));
            } else if (!seen.add(value)) {
                violations.add(Violation.rule(field + "[" + i + "]", "Choose " + value + " once only"));
            } else {
                present.add(value);
            }
        }
        return present;
    }

    private static List<Correction.Professional> professionals(
            @Nullable List<ProposedReview.@Nullable StatedProfessional> stated, List<Violation> violations) {
        if (stated == null) {
            violations.add(Violation.invalid(
                    "professionals", "State the professionals: an empty list when the concern is about none"));
            return List.of();
        }
        List<Correction.Professional> professionals = new ArrayList<>();
        Set<ProfessionalRole> roles = new HashSet<>();
        for (int i = 0; i < stated.size(); i++) {
            String field = "professionals[" + i + "]";
            ProposedReview.StatedProfessional professional = stated.get(i);
            if (professional == null || professional.role() == null) {
                violations.add(Violation.invalid(field + ".role", "Choose the professional's role"));
                continue;
            }
            var role = professional.role();
            Boolean fitnessToPractise = professional.fitnessToPractise();
            if (fitnessToPractise == null) {
                violations.add(Violation.invalid(
                        field + ".fitnessToPractise",
                        "Say whether the fitness to practise of the " + role + " could be in question"));
                continue;
            }
            if (!roles.add(role)) {
                violations.add(Violation.rule(field + ".role", "State the " + role + " once only"));
            } else if (fitnessToPractise && role.regulator().isEmpty()) {
                violations.add(Violation.rule(
                        field + ".fitnessToPractise",
                        "A " + role + " is not registered with a regulator, so their fitness to practise cannot be"
                                + " in question; their employer handles the concern"));
            } else {
                professionals.add(new Correction.Professional(role, fitnessToPractise));
            }
        }
        return professionals;
    }

    /**
     * The revision a checked review makes of the current one, and its audit.
     *
     * @param current the current revision, which the review was based on
     * @param reviewer who reviewed, as they signed in
     */
    static Revised revise(ConcernClassifiedV2 current, Correction correction, String reviewer, Instant at) {
        if (correction.basedOnRevision() != current.revision()) {
            throw new StaleRevisionException(current.concernId(), correction.basedOnRevision(), current.revision());
        }
        List<String> corrected = List.of("corrected by " + reviewer + ": " + correction.reason());
        List<Change> changes = new ArrayList<>();

        List<DomainTag> domains = correction.domains().stream()
                .map(domain -> current.domains().stream()
                        .filter(tag -> tag.domain() == domain)
                        .findFirst()
                        .orElseGet(() -> new DomainTag(domain, 1.0, corrected)))
                .toList();
        change(changes, "primaryDomain", current.primaryDomain(), correction.primaryDomain());
        change(changes, "domains", names(current.domains(), DomainTag::domain), names(domains, DomainTag::domain));

        HarmGrade harm = current.harm().level() == correction.harm()
                ? current.harm()
                : new HarmGrade(correction.harm(), 1.0, corrected);
        change(changes, "harm", current.harm().level(), harm.level());

        CategoryTag category = current.incidentCategory().category() == correction.incidentCategory()
                ? current.incidentCategory()
                : new CategoryTag(correction.incidentCategory(), 1.0, corrected);
        change(changes, "incidentCategory", current.incidentCategory().category(), category.category());

        List<ProfessionalTag> professionals = correction.professionals().stream()
                .map(stated -> current.professionals().stream()
                        .filter(tag ->
                                tag.role() == stated.role() && tag.fitnessToPractise() == stated.fitnessToPractise())
                        .findFirst()
                        .orElseGet(
                                () -> new ProfessionalTag(stated.role(), stated.fitnessToPractise(), 1.0, corrected)))
                .toList();
        change(
                changes,
                "professionals",
                names(current.professionals(), ReviewPolicy::professional),
                names(professionals, ReviewPolicy::professional));

        ComplaintTag complaint = current.complaint().status() == correction.complaintStatus()
                ? current.complaint()
                : new ComplaintTag(
                        correction.complaintStatus(), null, current.complaint().byOrForPatient(), corrected);
        change(changes, "complaintStatus", current.complaint().status(), complaint.status());

        List<SignalTag> signals = correction.signals().stream()
                .map(signal -> current.signals().stream()
                        .filter(tag -> tag.signal() == signal)
                        .findFirst()
                        .orElseGet(() -> new SignalTag(signal, 1.0, corrected)))
                .toList();
        change(changes, "signals", names(current.signals(), SignalTag::signal), names(signals, SignalTag::signal));

        // Urgency follows from what the reviewer stated, by the classifier's rule: danger now, or severe harm.
        boolean urgent = signals.stream().anyMatch(tag -> tag.signal() == ConcernSignal.IMMEDIATE_DANGER)
                || harm.level() == HarmLevel.SEVERE
                || harm.level() == HarmLevel.DEATH;
        change(changes, "urgent", current.urgent(), urgent);
        change(changes, "needsTriage", current.needsTriage(), false);

        ConcernClassifiedV2 next = new ConcernClassifiedV2(
                current.concernId(),
                current.reference(),
                current.provider(),
                current.revision() + 1,
                at,
                current.taxonomyVersion(),
                new Review(reviewer, correction.reason()),
                correction.primaryDomain(),
                domains,
                harm,
                category,
                professionals,
                complaint,
                signals,
                urgent,
                false,
                List.of(),
                current.raisedBefore(),
                // How the words read is no tag a reviewer corrects: the text is the same, so the reading stands.
                current.readsLike());
        return new Revised(
                next,
                new ClassificationReview(
                        current.concernId(),
                        current.revision(),
                        next.revision(),
                        reviewer,
                        at,
                        changes,
                        correction.reason()));
    }

    private static String professional(ProfessionalTag tag) {
        return tag.role()
                + tag.role()
                        .regulator()
                        .map(regulator -> " (" + regulator + ")")
                        .orElse("")
                + (tag.fitnessToPractise() ? ": fitness to practise may be in question" : "");
    }

    private static <T> String names(List<T> tags, Function<T, ?> name) {
        if (tags.isEmpty()) {
            return "none";
        }
        return tags.stream().map(name).map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Lists compare as sets: the order of domains after the primary, or of signals, is no change. */
    private static void change(List<Change> changes, String field, Object before, Object after) {
        String was = String.valueOf(before);
        String is = String.valueOf(after);
        if (!sameItems(was, is)) {
            changes.add(new Change(field, was, is));
        }
    }

    private static boolean sameItems(String before, String after) {
        return new LinkedHashSet<>(List.of(before.split(", "))).equals(new LinkedHashSet<>(List.of(after.split(", "))));
    }

    /** A review's outcome: the next revision and the audit of how it came about. */
    record Revised(ConcernClassifiedV2 next, ClassificationReview review) {}
}
