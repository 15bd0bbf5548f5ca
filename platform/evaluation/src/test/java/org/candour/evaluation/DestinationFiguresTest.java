package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.candour.events.Destination;
import org.junit.jupiter.api.Test;

class DestinationFiguresTest {

    private static final Set<Destination> BOARD = Set.of(Destination.TRUST_BOARD);

    @Test
    void countsAConcernSentTooFarOnceAndNamesEachBodyToldTooFar() {
        String figures = DestinationFigures.of(List.of(
                new DestinationOutcome("a", BOARD, BOARD),
                new DestinationOutcome("b", BOARD, Set.of(Destination.TRUST_BOARD, Destination.CQC, Destination.NMC)),
                new DestinationOutcome("c", BOARD, Set.of(Destination.TRUST_BOARD, Destination.CQC)),
                new DestinationOutcome("d", Set.of(Destination.TRUST_BOARD, Destination.CQC), BOARD)));

        assertThat(figures)
                .contains("destination-set exact match 0.250 (1 of 4)")
                .contains("sent to an external body the labels do not name 0.500 (2 of 4);"
                        + " missing one they name 0.250 (1)")
                .contains("bodies told that the labels do not name: CQC 2, NMC 1\n");
    }

    @Test
    void theIcsQualityGroupIsNotAnExternalBody() {
        DestinationOutcome outcome =
                new DestinationOutcome("a", BOARD, Set.of(Destination.TRUST_BOARD, Destination.ICS_QUALITY_GROUP));

        assertThat(outcome.overReached()).isFalse();
        assertThat(outcome.toldTooFar()).isEmpty();
        assertThat(DestinationFigures.of(List.of(outcome))).doesNotContain("bodies told");
    }
}
