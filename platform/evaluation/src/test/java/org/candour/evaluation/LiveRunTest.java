package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.candour.events.ConcernRaisedV1;
import org.junit.jupiter.api.Test;

/** The live run's comparison of what the services did with the in-process prediction. */
class LiveRunTest {

    private static final Instant CLASSIFIED_AT = Instant.parse("2027-01-05T10:00:00Z");

    private final InProcess inProcess = new InProcess();
    private final ConcernRaisedV1 concern =
            Corpus.read(Corpus.directory(Path.of("../..")).resolve("dev.jsonl")).stream()
                    .filter(item -> Corpus.id(item).equals("dev-704"))
                    .map(Corpus::concern)
                    .findFirst()
                    .orElseThrow();

    @Test
    void theServicesAgreeWhenTheyOpenTheSameRoutesWithTheSameVersions() {
        InProcess.Prediction prediction = inProcess.predict(concern, CLASSIFIED_AT);

        assertThat(result(decided(inProcess.taxonomyVersion(), inProcess.policyVersion()))
                        .differenceFrom(prediction))
                .isEmpty();
    }

    @Test
    void anotherPolicyVersionIsADifferenceAndBothVersionsAreNamed() {
        InProcess.Prediction prediction = inProcess.predict(concern, CLASSIFIED_AT);

        assertThat(result(decided(inProcess.taxonomyVersion(), "routing-0.1")).differenceFrom(prediction))
                .hasValue("services " + prediction.destinations() + " (taxonomy " + inProcess.taxonomyVersion()
                        + ", routing policy routing-0.1), in-process " + prediction.destinations() + " (taxonomy "
                        + inProcess.taxonomyVersion() + ", routing policy " + inProcess.policyVersion() + ")");
    }

    @Test
    void aConcernTheServicesDidNotDecideIsADifferenceThatSaysWhy() {
        InProcess.Prediction prediction = inProcess.predict(concern, CLASSIFIED_AT);
        LiveRun.Result lost =
                new LiveRun.Result("dev-704", concern, CLASSIFIED_AT, "QC-2027-000001", false, null, "not in time");

        assertThat(lost.differenceFrom(prediction))
                .hasValue("services not in time, in-process " + prediction.destinations());
    }

    private RunningServices.Decided decided(String taxonomyVersion, String policyVersion) {
        return new RunningServices.Decided(
                inProcess.predict(concern, CLASSIFIED_AT).destinations(),
                false,
                taxonomyVersion,
                policyVersion,
                CLASSIFIED_AT);
    }

    private LiveRun.Result result(RunningServices.Decided decided) {
        return new LiveRun.Result("dev-704", concern, CLASSIFIED_AT, "QC-2027-000001", false, decided, null);
    }
}
