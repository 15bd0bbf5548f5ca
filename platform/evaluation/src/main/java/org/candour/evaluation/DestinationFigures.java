package org.candour.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.candour.events.Destination;

/**
 * The destination figures issue 5 is judged by, the same for the in-process run and the run through
 * the running services: precision, recall and F1 per destination, the exact-match rate of the
 * destination set, and how often an external body is told of a concern its labels do not send there,
 * or not told of one they do, with the bodies told too far, most often first.
 */
public final class DestinationFigures {

    private DestinationFigures() {}

    /** The table's header, its rows, and the exact-match and reach lines. */
    public static String of(List<DestinationOutcome> outcomes) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, "  %-22s %9s %9s %9s %7s%n", "label", "precision", "recall", "F1", "support"));
        for (Destination destination : Destination.values()) {
            out.append(Score.of(
                            outcomes,
                            o -> o.expected().contains(destination),
                            o -> o.found().contains(destination))
                    .row(destination.name()));
        }
        long exact = outcomes.stream().filter(DestinationOutcome::exact).count();
        out.append(String.format(
                Locale.ROOT,
                "  destination-set exact match %.3f (%d of %d)%n",
                outcomes.isEmpty() ? 1 : exact / (double) outcomes.size(),
                exact,
                outcomes.size()));
        long overReached =
                outcomes.stream().filter(DestinationOutcome::overReached).count();
        long underReached =
                outcomes.stream().filter(DestinationOutcome::underReached).count();
        out.append(String.format(
                Locale.ROOT,
                "  sent to an external body the labels do not name %.3f (%d of %d); missing one they name %.3f (%d)%n",
                overReached / (double) outcomes.size(),
                overReached,
                outcomes.size(),
                underReached / (double) outcomes.size(),
                underReached));
        out.append(tooFar(outcomes));
        return out.toString();
    }

    /**
     * Each external body told of concerns its labels do not send there, with how many, most first: where the
     * over-reach comes from, so a change to the readers or the policy can be aimed at it.
     */
    private static String tooFar(List<DestinationOutcome> outcomes) {
        Map<Destination, Long> counts = new EnumMap<>(Destination.class);
        for (DestinationOutcome outcome : outcomes) {
            outcome.toldTooFar().forEach(d -> counts.merge(d, 1L, Long::sum));
        }
        if (counts.isEmpty()) {
            return "";
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Destination, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", "    bodies told that the labels do not name: ", "\n"));
    }
}
