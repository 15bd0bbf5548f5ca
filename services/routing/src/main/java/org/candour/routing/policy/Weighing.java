package org.candour.routing.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a weighed rule decides whether its destination is told (ADR 0029): each fact the concern shows
 * adds its points to the base, and the destination is told when the total reaches the threshold. The
 * points are the log-odds a logistic regression learnt from the labelled corpus ({@code ./candour
 * train-routing}), so a total of 0 means "as likely as not" by the corpus's writers; the facts weighed and
 * the threshold are the quality lead's choice.
 *
 * @param base the total before any fact is weighed
 * @param threshold the total from which the destination is told
 * @param weights the facts weighed, each with its points
 */
public record Weighing(double base, double threshold, List<Weight> weights) {

    public Weighing {
        weights = List.copyOf(weights);
        if (!Double.isFinite(base) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException(
                    "A weighing's base and threshold must be numbers, were " + base + " and " + threshold);
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("A weighing needs at least one weighed fact");
        }
        List<String> names = new ArrayList<>();
        for (Weight weight : weights) {
            if (names.contains(weight.name())) {
                throw new IllegalArgumentException(
                        "Two weighed facts are named '" + weight.name() + "'; each needs its own");
            }
            names.add(weight.name());
        }
    }

    /**
     * One fact weighed.
     *
     * @param name what it is, as a reason names it ("closed culture")
     * @param points what it adds to the total when the concern shows it; negative when it speaks against
     * @param conditions when the concern shows it: at least one condition
     */
    public record Weight(String name, double points, Conditions conditions) {
        public Weight {
            if (name.isBlank()) {
                throw new IllegalArgumentException("A weighed fact needs a name");
            }
            if (!Double.isFinite(points)) {
                throw new IllegalArgumentException("The points of '" + name + "' must be a number, were " + points);
            }
            if (conditions.equals(Conditions.ANY)) {
                throw new IllegalArgumentException(
                        "The weighed fact '" + name + "' states no condition, so it would weigh every concern alike;"
                                + " put its points in the base instead");
            }
        }
    }

    /** Whether the facts weigh enough: the total, with each counted fact and its points, when they do. */
    Optional<String> weigh(ClassifiedConcern concern) {
        boolean[] shown = shows(concern);
        List<Weight> counted = new ArrayList<>();
        double total = base;
        for (int i = 0; i < shown.length; i++) {
            if (shown[i]) {
                counted.add(weights.get(i));
                total += weights.get(i).points();
            }
        }
        if (total < threshold) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        counted.stream()
                .sorted(Comparator.comparingDouble((Weight weight) -> -Math.abs(weight.points())))
                .forEach(weight -> parts.add(weight.name() + " " + signed(weight.points())));
        parts.add("base " + signed(base));
        return Optional.of("weighed " + number(total) + " against a threshold of " + number(threshold) + " ("
                + String.join(", ", parts) + ")");
    }

    /** For each weighed fact, in order, whether the concern shows it: what the weights are learnt from. */
    public boolean[] shows(ClassifiedConcern concern) {
        boolean[] shown = new boolean[weights.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = weights.get(i).conditions().holds(concern);
        }
        return shown;
    }

    private static String signed(double value) {
        return (value < 0 ? "\u2212" : "+") + String.format(Locale.ROOT, "%.2f", Math.abs(value));
    }

    private static String number(double value) {
        return (value < 0 ? "\u2212" : "") + String.format(Locale.ROOT, "%.2f", Math.abs(value));
    }
}
