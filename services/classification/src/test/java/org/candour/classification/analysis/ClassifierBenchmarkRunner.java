package org.candour.classification.analysis;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ClassifierBenchmark} on demand, not in the build:
 *
 * <pre>./mvnw -q -pl services/classification test -Dtest=ClassifierBenchmarkRunner -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The JSON results go to {@code target/classifier-benchmark.json}; the reading is in
 * {@code docs/benchmarks/classifier.md}.
 */
class ClassifierBenchmarkRunner {

    @Test
    void runTheBenchmark() throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(ClassifierBenchmark.class.getName())
                        .resultFormat(ResultFormatType.JSON)
                        .result("target/classifier-benchmark.json")
                        .build())
                .run();
    }
}
