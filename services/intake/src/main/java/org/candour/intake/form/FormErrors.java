package org.candour.intake.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with the answers on one page: a message per field, shown in the error summary and
 * beside the field. The first message for a field wins, so the most basic problem is shown first.
 * The methods the templates call are public: Spring's expression language calls no others.
 */
final class FormErrors {

    /**
     * One problem.
     *
     * @param field the field's id, as in {@code errorMessage(field)}: the message gets the id field-error
     * @param target the id of the control the summary links to: the first radio, or the first wrong
     *     part of a date
     * @param message what to do about it
     */
    record Problem(String field, String target, String message) {}

    private final Map<String, Problem> problems = new LinkedHashMap<>();
    private final Set<String> highlighted = new HashSet<>();

    static FormErrors none() {
        return new FormErrors();
    }

    void reject(String field, String message) {
        reject(field, field, message);
    }

    void reject(String field, String target, String message) {
        problems.putIfAbsent(field, new Problem(field, target, message));
    }

    /** A date problem links to its first wrong part and highlights only the wrong parts. */
    void rejectDate(String field, String message, Set<DateAnswer.Part> wrong) {
        if (problems.containsKey(field)) {
            return;
        }
        DateAnswer.Part first = Collections.min(wrong, Comparator.naturalOrder());
        reject(field, field + first.inputSuffix(), message);
        wrong.forEach(part -> highlighted.add(field + part.inputSuffix()));
    }

    void rejectDate(String field, String message) {
        rejectDate(field, message, Set.of(DateAnswer.Part.values()));
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public @Nullable String message(String field) {
        Problem problem = problems.get(field);
        return problem == null ? null : problem.message();
    }

    public List<Problem> all() {
        return new ArrayList<>(problems.values());
    }

    /** Whether one box of a date input is wrong. */
    public boolean highlighted(String input) {
        return highlighted.contains(input);
    }

    /**
     * The value of aria-describedby for a control: its hints, then its error message if it has one;
     * null (so no attribute) when there are neither.
     */
    public @Nullable String describedBy(String field, String... hints) {
        String ids = Stream.concat(Stream.of(hints), has(field) ? Stream.of(field + "-error") : Stream.empty())
                .filter(id -> !id.isEmpty())
                .collect(Collectors.joining(" "));
        return ids.isEmpty() ? null : ids;
    }

    /** The title of a page, with the "Error: " that tells screen reader users at once. */
    String title(String question) {
        return (any() ? "Error: " : "") + question + " - Raise a concern about care - NHS";
    }
}
