package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingTrainingTest {

    @Test
    void trainingRewritesOnlyThePointsAndTheBasesOfTheWeighedRules(@TempDir Path directory) throws Exception {
        Path corpus = firstOfDev(directory, 200);
        String shipped = Files.readString(TrainRouting.POLICY);

        String trained = RoutingTraining.train(corpus, shipped);

        assertThat(trained).isNotEqualTo(shipped);
        assertThat(numbersMasked(trained)).isEqualTo(numbersMasked(shipped));
    }

    @Test
    void aWeighedFactWrittenWithItsPointsBeforeItsNameIsNamedRatherThanLeftUntrained(@TempDir Path directory)
            throws Exception {
        Path corpus = firstOfDev(directory, 20);
        String shipped = Files.readString(TrainRouting.POLICY);
        String moved = shipped.replaceFirst(
                "\\{\"name\": \"closed culture\", \"points\": (-?[0-9.]+),",
                "{\"points\": $1, \"name\": \"closed culture\",");

        assertThatThrownBy(() -> RoutingTraining.train(corpus, moved))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Training cannot find the points of 'closed culture' in rule ICS-W");
    }

    @Test
    void pointsAreWrittenWithTwoDecimalsAndNeverAsMinusZero() {
        assertThat(RoutingTraining.points(1.234)).isEqualTo("1.23");
        assertThat(RoutingTraining.points(-0.004)).isEqualTo("0.00");
        assertThat(RoutingTraining.points(-2.678)).isEqualTo("-2.68");
    }

    private static Path firstOfDev(Path directory, int count) throws Exception {
        List<String> lines =
                Files.readAllLines(Corpus.directory(TrainDomains.REPOSITORY).resolve("dev.jsonl"));
        return Files.write(directory.resolve("some.jsonl"), lines.subList(0, count));
    }

    private static String numbersMasked(String policy) {
        return policy.replaceAll("-?[0-9]+\\.[0-9]{2}", "n");
    }
}
