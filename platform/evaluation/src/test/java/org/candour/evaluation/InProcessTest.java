package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.Destination;
import org.junit.jupiter.api.Test;

/**
 * The in-process prediction is made at the instant it is given, so that a comparison with the running
 * services, which classify "now", measures the Ombudsman's 12 months to the same day they did.
 */
class InProcessTest {

    private final InProcess inProcess = new InProcess();

    /** A patient's own complaint with a final response on a given date, which the policy sends to PHSO. */
    private final ConcernRaisedV1 concern =
            Corpus.concern(Corpus.devItems(Path.of("../.."), List.of("dev-704")).getFirst());

    @Test
    void theOmbudsmansTwelveMonthsAreMeasuredToTheInstantGiven() {
        LocalDate finalResponse = concern.raisedBefore().finalResponseOn();
        assertThat(finalResponse).as("the item gives its final response's date").isNotNull();
        assertThat(inProcess.predict(concern).destinations())
                .as("at the evaluation's fixed instant")
                .contains(Destination.PHSO);

        // Midday UTC is the same day in England, summer or winter.
        LocalDate lastDayInTime = finalResponse.plusMonths(12);
        assertThat(inProcess
                        .predict(concern, lastDayInTime.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC))
                        .destinations())
                .as("12 months after the final response")
                .contains(Destination.PHSO);
        assertThat(inProcess
                        .predict(
                                concern,
                                lastDayInTime.plusDays(1).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC))
                        .destinations())
                .as("12 months and a day after the final response")
                .doesNotContain(Destination.PHSO)
                .isNotEmpty();
    }
}
