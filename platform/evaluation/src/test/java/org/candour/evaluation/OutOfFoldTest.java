package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutOfFoldTest {

    private static final List<Integer> EIGHT = List.of(1, 2, 3, 4, 5, 6, 7, 8);

    @Test
    void learnsFromAShareSpreadEvenlyThroughTheOtherParts() {
        assertThat(OutOfFold.evenShare(EIGHT, 1)).isEqualTo(EIGHT);
        assertThat(OutOfFold.evenShare(EIGHT, 0.5)).containsExactly(2, 4, 6, 8);
        assertThat(OutOfFold.evenShare(EIGHT, 0.75)).containsExactly(2, 3, 4, 6, 7, 8);
        assertThat(OutOfFold.evenShare(EIGHT, 0.25)).containsExactly(4, 8);
    }

    @Test
    void refusesAShareThatIsNoneOrMoreThanAll() {
        for (double share : new double[] {0, -0.5, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> OutOfFold.of(Path.of("dev.jsonl"), share))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("more than 0 and at most 1, not " + share);
        }
    }
}
