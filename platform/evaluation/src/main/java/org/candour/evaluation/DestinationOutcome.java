package org.candour.evaluation;

import java.util.Set;
import java.util.stream.Collectors;
import org.candour.events.Destination;

/**
 * Where one concern went against where its labels send it.
 *
 * @param id the corpus item's id
 * @param expected the destinations its labels name
 * @param found the destinations of the routes opened, in-process or by the running services
 */
public record DestinationOutcome(String id, Set<Destination> expected, Set<Destination> found) {

    public DestinationOutcome {
        expected = Set.copyOf(expected);
        found = Set.copyOf(found);
    }

    public boolean exact() {
        return expected.equals(found);
    }

    /** An external body was told of the concern though its labels do not send it there (issue 5's 5% limit). */
    public boolean overReached() {
        return !toldTooFar().isEmpty();
    }

    /** The external bodies told of the concern that its labels do not send it to. */
    public Set<Destination> toldTooFar() {
        return found.stream()
                .filter(d -> Corpus.EXTERNAL.contains(d) && !expected.contains(d))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** An external body its labels name was not told. */
    public boolean underReached() {
        return expected.stream().anyMatch(d -> Corpus.EXTERNAL.contains(d) && !found.contains(d));
    }
}
