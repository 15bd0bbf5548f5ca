package org.candour.classification.analysis;

import java.util.concurrent.TimeUnit;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.core.io.ClassPathResource;

/**
 * How many concerns one core classifies a second: a 200-word concern in the voice of a ward nurse,
 * and the longest the form takes (20,000 characters). One thread, so the score is per core. Run with
 *
 * <pre>./mvnw -q -pl services/classification test -Dtest=ClassifierBenchmarkRunner -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * (see docs/benchmarks/classifier.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    /** 200 words: a busy night on a ward, with abbreviations, a negation and a regulated professional. */
    static final String TWO_HUNDRED_WORDS = "On the night shift on ward 7 we had one registered nurse and one HCA for"
            + " 28 patients, which is the third time this month. At about 02:00 the man in bed 12 had a NEWS of 7 and"
            + " I escalated to the SHO, who was in ED and could not come for over an hour. His obs were not repeated"
            + " because we were busy with a patient who had fallen in the bathroom; luckily she wasn't injured. By the"
            + " time the reg reviewed him he needed transfer to ITU. The agency nurse had also given his insulin late"
            + " and did not record it on the ePMA, and when I raised it with the nurse in charge I was told not to"
            + " datix it because it would look bad for the ward. I have told matron three times about the staffing and"
            + " nothing changes. I am worried I will be blamed if I speak up again. The family were upset and said"
            + " nobody explained what had happened, and the daughter has made a formal complaint which is still being"
            + " looked at by PALS. I think the same thing is happening on the other medical wards at night too.";

    @Param({"200-words", "20000-characters"})
    public String text;

    private Classifier classifier;
    private String description;

    @Setup
    public void setUp() {
        classifier = TaxonomyLoader.classifier(new ClassPathResource("taxonomy/taxonomy.json"));
        description = switch (text) {
            case "200-words" -> TWO_HUNDRED_WORDS;
            default ->
                (TWO_HUNDRED_WORDS + " ")
                        .repeat(20_000 / (TWO_HUNDRED_WORDS.length() + 1) + 1)
                        .substring(0, 20_000);
        };
    }

    @Benchmark
    public Findings classify() {
        return classifier.classify(description, Answers.none());
    }
}
