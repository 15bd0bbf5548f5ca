package org.candour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.candour.intake.concern.web.RaiseConcernRequest;
import org.candour.intake.identity.ContactDetails;
import org.candour.intake.identity.IdentityVault;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measures what raising a concern through the API costs beyond storing one row: intake's answer
 * time and throughput against a bare endpoint in the same server, same connection pool and same
 * HTTP stack, that parses the same JSON body and does one INSERT. Not part of the test run (its
 * name matches no test pattern); run it with {@code ./mvnw -pl services/intake verify
 * -Dit.test=IntakeBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false} and add
 * {@code -Dcandour.benchmark.record=true} to rewrite {@code docs/benchmarks/intake.md}.
 *
 * <p>Optional settings: {@code -Dcandour.benchmark.requests=3000} (measured requests per target),
 * {@code .concurrency=8} (workers, each sending its next request once the last is answered),
 * {@code .warmup=1500} (requests per target before measuring), {@code .rounds=3} (the measured
 * requests are split into rounds, each visiting every target in a rotated order, so that a drift
 * in the machine's load falls on all targets alike).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The production default, stated so that the settings below name it.
            "candour.messaging.relay.interval=200ms",
            // One load generator on loopback is one client address.
            "candour.intake.rate-limit.requests-per-minute=1000000",
            "candour.intake.identity-keys[0].id=bench-1",
            "candour.intake.identity-keys[0].secret=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
@Import(IntakeBenchmark.BareInsertEndpoint.class)
// Every intake test context consumes as group intake on the one broker: only one may be alive at a time.
@DirtiesContext
class IntakeBenchmark {

    private static final int REQUESTS = Integer.getInteger("candour.benchmark.requests", 3000);
    private static final int CONCURRENCY = Integer.getInteger("candour.benchmark.concurrency", 8);
    private static final int WARM_UP = Integer.getInteger("candour.benchmark.warmup", 1500);
    private static final int ROUNDS = Integer.getInteger("candour.benchmark.rounds", 3);
    private static final boolean RECORD = Boolean.getBoolean("candour.benchmark.record");

    static final String BARE_PATH = "/api/bench/bare";

    private static final String DESCRIPTION = "On three night shifts in the last three weeks, patients on the ward"
            + " waited more than two hours for prescribed insulin because the only registered nurse was covering two"
            + " bays and the key to the medicines trolley had gone home with the day staff. One patient's blood"
            + " glucose rose above 25 mmol/L and the outreach team had to be called. I raised this with the nurse in"
            + " charge each time and it was written in the handover notes, but next month's rota shows the same"
            + " staffing on nights. I am worried that someone will come to serious harm before anything changes,"
            + " and that staff are now too tired to notice when a dose is missed.";

    private static final String ANONYMOUS = body("\"identity\":\"ANONYMOUS\"");
    private static final String CONFIDENTIAL = body(
            "\"identity\":\"CONFIDENTIAL\",\"reporter\":{\"name\":\"Ada Lovelace\",\"email\":\"ada.lovelace@nhs.net\"}");

    private static final Infrastructure infrastructure = Infrastructure.shared();

    // HTTP/1.1 as a browser or API client on plain http would use; no h2c upgrade attempts.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeProperties properties;

    @Autowired
    IdentityVault vault;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("intake_bench", registry);
    }

    /**
     * The baseline: the same JSON read into the same request record, then one INSERT and a 201, with
     * no validation, lookup, reference, outbox, sealing or hashing. Under {@code /api/} so that it
     * passes the same filters (security headers, size and rate limits) as the real endpoint.
     */
    @RestController
    static class BareInsertEndpoint {

        private final JdbcClient jdbc;

        BareInsertEndpoint(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @PostMapping(
                path = BARE_PATH,
                consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Map<String, UUID>> insert(@RequestBody RaiseConcernRequest request) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into bench_bare (id, body) values (?, ?)")
                    .param(id)
                    .param(String.valueOf(request.description()))
                    .update();
            return ResponseEntity.created(URI.create(BARE_PATH + "/" + id)).body(Map.of("id", id));
        }
    }

    private record Target(String name, String path, String body) {}

    private record Segment(long[] nanos, long wallNanos, long cpuNanos, Map<Integer, Integer> unexpected) {}

    private record Result(
            Target target,
            long[] sortedNanos,
            long wallNanos,
            long cpuNanos,
            List<Double> perRoundThroughput,
            Map<Integer, Integer> unexpected) {

        int count() {
            return sortedNanos.length;
        }

        double throughput() {
            return count() / (wallNanos / 1e9);
        }

        double cpuMillisPerRequest() {
            return cpuNanos / 1e6 / count();
        }

        long quantile(double q) {
            return sortedNanos[Math.min(count() - 1, (int) Math.ceil(q * count()) - 1)];
        }

        long p50() {
            return quantile(0.50);
        }

        long p99() {
            return quantile(0.99);
        }

        long max() {
            return sortedNanos[count() - 1];
        }
    }

    @Test
    void intakeAgainstABareInsertInTheSameRun() throws Exception {
        String loadBefore = loadAverage();
        jdbc.sql("create table if not exists bench_bare (id uuid primary key, body text not null)")
                .update();
        List<Target> targets = List.of(
                new Target("bare insert (`POST " + BARE_PATH + "`)", BARE_PATH, CONFIDENTIAL),
                new Target("intake, anonymous (bcrypt receipt code)", "/api/v1/concerns", ANONYMOUS),
                new Target("intake, confidential (AES-GCM sealed contact)", "/api/v1/concerns", CONFIDENTIAL));
        long bareBefore = count("bench_bare");
        long concernsBefore = count("concern");

        Map<Integer, Integer> warmUpUnexpected = new TreeMap<>();
        for (Target target : targets) {
            run(target, WARM_UP).unexpected().forEach((status, n) -> warmUpUnexpected.merge(status, n, Integer::sum));
            drainOutbox();
        }

        List<List<Segment>> segments = new ArrayList<>();
        targets.forEach(target -> segments.add(new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            int requests = REQUESTS / ROUNDS + (round < REQUESTS % ROUNDS ? 1 : 0);
            for (int i = 0; i < targets.size(); i++) {
                int index = (i + round) % targets.size();
                segments.get(index).add(run(targets.get(index), requests));
                // The relay publishes what the segment left in the outbox before the next one starts.
                drainOutbox();
            }
        }
        String loadAfter = loadAverage();

        List<Result> results = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            results.add(combine(targets.get(i), segments.get(i)));
        }
        double bcryptMillis = bcryptMillis();
        double sealMicros = sealMicros();

        String report = report(results, bcryptMillis, sealMicros, loadBefore, loadAfter);
        System.out.println();
        System.out.println(report);
        Path module = Path.of("").toAbsolutePath();
        Files.createDirectories(module.resolve("target"));
        Files.writeString(module.resolve("target/intake-benchmark.md"), report);
        if (RECORD) {
            Path recorded = repositoryRoot().resolve("docs/benchmarks/intake.md");
            Files.writeString(recorded, report);
            System.out.println("Recorded in " + recorded);
        }

        assertThat(warmUpUnexpected).as("warm-up answers other than 201").isEmpty();
        for (Result result : results) {
            assertThat(result.unexpected())
                    .as("answers other than 201 from " + result.target().name())
                    .isEmpty();
        }
        int perTarget = WARM_UP + REQUESTS;
        assertThat(count("bench_bare") - bareBefore).isEqualTo(perTarget);
        assertThat(count("concern") - concernsBefore).isEqualTo(2L * perTarget);
    }

    /** Closed loop: each worker sends its next request as soon as its last one is answered. */
    private Segment run(Target target, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target.path()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(target.body()))
                .build();
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> unexpected = new ConcurrentHashMap<>();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Void>> running = new ArrayList<>();
            for (int w = 0; w < CONCURRENCY; w++) {
                running.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        nanos[i] = System.nanoTime() - sent;
                        if (status != 201) {
                            unexpected.merge(status, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : running) {
                worker.get();
            }
        }
        long wall = System.nanoTime() - start;
        return new Segment(nanos, wall, processCpuNanos() - cpuBefore, unexpected);
    }

    private void drainOutbox() {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count("outbox") == 0);
    }

    private static Result combine(Target target, List<Segment> segments) {
        long[] all =
                segments.stream().flatMapToLong(s -> Arrays.stream(s.nanos())).toArray();
        Arrays.sort(all);
        Map<Integer, Integer> unexpected = new TreeMap<>();
        segments.forEach(s -> s.unexpected().forEach((status, n) -> unexpected.merge(status, n, Integer::sum)));
        return new Result(
                target,
                all,
                segments.stream().mapToLong(Segment::wallNanos).sum(),
                segments.stream().mapToLong(Segment::cpuNanos).sum(),
                segments.stream()
                        .map(s -> s.nanos().length / (s.wallNanos() / 1e9))
                        .toList(),
                unexpected);
    }

    /** One receipt-code hash at the configured cost, alone on an otherwise idle load generator. */
    private double bcryptMillis() {
        BCryptPasswordEncoder hasher = new BCryptPasswordEncoder(properties.receiptCodeStrength());
        long[] samples = new long[25];
        for (int i = -5; i < samples.length; i++) {
            long start = System.nanoTime();
            hasher.encode("7KQ2-M9XD-4TRB-H6WN-C3PZ");
            if (i >= 0) {
                samples[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(samples);
        return samples[samples.length / 2] / 1e6;
    }

    /** One AES-GCM seal of a reporter's contact details, averaged over many. */
    private double sealMicros() {
        ContactDetails contact = new ContactDetails("Ada Lovelace", "ada.lovelace@nhs.net");
        for (int i = 0; i < 20_000; i++) {
            vault.seal(contact, UUID.randomUUID());
        }
        int n = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            vault.seal(contact, UUID.randomUUID());
        }
        return (System.nanoTime() - start) / 1e3 / n;
    }

    private String report(
            List<Result> results, double bcryptMillis, double sealMicros, String loadBefore, String loadAfter) {
        Result bare = results.get(0);
        Result anonymous = results.get(1);
        Result confidential = results.get(2);
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder md = new StringBuilder();
        md.append("# Intake benchmark: the API against a bare insert\n\n");
        md.append("How much raising a concern through `POST /api/v1/concerns` costs beyond storing one row. In one\n")
                .append("run, on one machine, the same server answers three kinds of request, and the table gives\n")
                .append("intake's figures as ratios of the bare endpoint's. Written by `IntakeBenchmark` (in\n")
                .append("`services/intake/src/test`); not a timed test: it runs on demand.\n\n");
        md.append("## What is measured\n\n");
        md.append("One Spring Boot context of intake (`@SpringBootTest`, random port, embedded Tomcat) on a real\n")
                .append("embedded PostgreSQL and KRaft Kafka broker (`Infrastructure.shared()`), with a test-only\n")
                .append("endpoint `POST ")
                .append(BARE_PATH)
                .append("` added to the same server. It reads the same JSON into the same\n")
                .append("`RaiseConcernRequest` and does one `INSERT` (JdbcClient) of the description into\n")
                .append("`bench_bare(id uuid primary key, body text)`, answering 201. It lies under `/api/` so it\n")
                .append("passes the same filters (Spring Security headers, size limit, rate limit), uses the same\n")
                .append("Hikari pool and the same Tomcat threads. The difference is what intake does beyond one\n")
                .append("insert: bean validation, the organisation-directory lookup, the next reference from a\n")
                .append("sequence, the concern row and its outbox row in one transaction, AES-GCM sealing of contact\n")
                .append("details or a bcrypt hash of the receipt code, the larger answer, and the outbox relay\n")
                .append("publishing each event to Kafka in the same JVM afterwards.\n\n");
        md.append("Targets:\n\n")
                .append("- **bare insert**: the confidential body below, one `INSERT`, autocommit.\n")
                .append(
                        "- **intake, anonymous**: `identity: ANONYMOUS`; gets a receipt code, stored as a bcrypt hash\n")
                .append("  (cost ")
                .append(properties.receiptCodeStrength())
                .append(").\n")
                .append("- **intake, confidential**: `identity: CONFIDENTIAL` with reporter name and email, sealed\n")
                .append("  with AES-256-GCM; no bcrypt.\n\n");
        md.append(
                        "Each body is a realistic concern: provider `{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"}`, a ward,\n")
                .append("a period, a ")
                .append(DESCRIPTION.length())
                .append("-character description, one person affected, a harm level and one professional\n")
                .append("(")
                .append(ANONYMOUS.getBytes(StandardCharsets.UTF_8).length)
                .append(" bytes anonymous, ")
                .append(CONFIDENTIAL.getBytes(StandardCharsets.UTF_8).length)
                .append(" bytes confidential). No `Idempotency-Key`.\n\n");
        md.append("Load: `java.net.http.HttpClient` (HTTP/1.1, keep-alive) in the test JVM on loopback, ")
                .append(CONCURRENCY)
                .append(" workers on\n")
                .append("virtual threads in a closed loop (each sends its next request when its last is answered),\n")
                .append("so throughput is what the server sustains with ")
                .append(CONCURRENCY)
                .append(" requests always in flight. After ")
                .append(WARM_UP)
                .append("\n")
                .append("warm-up requests per target, ")
                .append(REQUESTS)
                .append(" measured requests per target in ")
                .append(ROUNDS)
                .append(" rounds; each round visits every\n")
                .append("target in a rotated order, and the outbox is drained (unmeasured) before each next\n")
                .append("segment. Latency is per request, `System.nanoTime()` around `send`; every answer must be\n")
                .append("201. JVM CPU is the test JVM's process CPU time per request: server, load generator and\n")
                .append("relay together, PostgreSQL's processes not included.\n\n");
        md.append("## How to run it\n\n");
        md.append("```sh\n")
                .append(
                        "export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow\n")
                .append("./mvnw -B -o -pl services/intake verify -Dit.test=IntakeBenchmark \\\n")
                .append("  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dcandour.benchmark.record=true\n")
                .append("# optional: -Dcandour.benchmark.requests=3000 -Dcandour.benchmark.concurrency=8\n")
                .append("#           -Dcandour.benchmark.warmup=1500 -Dcandour.benchmark.rounds=3\n")
                .append("```\n\n");
        md.append("## Results\n\n");
        md.append("Machine: ")
                .append(cores)
                .append(" cores (")
                .append(cpuModel())
                .append("), ")
                .append(memory())
                .append(" memory, ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(", ")
                .append(System.getProperty("java.vm.vendor"))
                .append(" JDK ")
                .append(Runtime.version())
                .append(" (test JVM max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(" MiB), PostgreSQL ")
                .append(jdbc.sql("select current_setting('server_version')")
                        .query(String.class)
                        .single())
                .append(".\n")
                .append("Date ")
                .append(LocalDate.now(ZoneOffset.UTC))
                .append(", commit ")
                .append(commit())
                .append(". Load average (1, 5, 15 min) before ")
                .append(loadBefore)
                .append(", after ")
                .append(loadAfter)
                .append(":\n")
                .append("the load generator, the server, PostgreSQL and the broker share the cores, and other work\n")
                .append("on the machine counts in the load average.\n\n");
        md.append("Settings: ")
                .append(REQUESTS)
                .append(" requests per target, concurrency ")
                .append(CONCURRENCY)
                .append(", warm-up ")
                .append(WARM_UP)
                .append(", rounds ")
                .append(ROUNDS)
                .append("; Hikari\n")
                .append("`maximum-pool-size` ")
                .append(environment.getProperty("spring.datasource.hikari.maximum-pool-size", "10"))
                .append(", Tomcat `threads.max` ")
                .append(environment.getProperty("server.tomcat.threads.max", "200"))
                .append(", relay interval ")
                .append(environment.getProperty("candour.messaging.relay.interval"))
                .append(", receipt-code bcrypt cost ")
                .append(properties.receiptCodeStrength())
                .append(",\n")
                .append("rate limit lifted (")
                .append(properties.rateLimit().requestsPerMinute())
                .append(" a minute).\n\n");
        md.append("| Target | n | req/s | req/s per round | p50 ms | p99 ms | max ms | JVM CPU ms/req |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            md.append("| ")
                    .append(result.target().name())
                    .append(" | ")
                    .append(result.count())
                    .append(" | ")
                    .append(format("%.0f", result.throughput()))
                    .append(" | ")
                    .append(String.join(
                            " · ",
                            result.perRoundThroughput().stream()
                                    .map(t -> format("%.0f", t))
                                    .toList()))
                    .append(" | ")
                    .append(millis(result.p50()))
                    .append(" | ")
                    .append(millis(result.p99()))
                    .append(" | ")
                    .append(millis(result.max()))
                    .append(" | ")
                    .append(format("%.2f", result.cpuMillisPerRequest()))
                    .append(" |\n");
        }
        md.append("\nRatios to the bare insert (latency: intake ÷ bare, higher is slower; throughput: intake ÷ bare,\n")
                .append("lower is slower):\n\n");
        md.append("| Target | p50 ratio | p99 ratio | throughput ratio | JVM CPU ratio |\n")
                .append("|---|---|---|---|---|\n");
        for (Result result : List.of(anonymous, confidential)) {
            md.append("| ")
                    .append(result.target().name())
                    .append(" | ")
                    .append(ratio((double) result.p50() / bare.p50()))
                    .append(" | ")
                    .append(ratio((double) result.p99() / bare.p99()))
                    .append(" | ")
                    .append(ratio(result.throughput() / bare.throughput()))
                    .append(" | ")
                    .append(ratio(result.cpuMillisPerRequest() / bare.cpuMillisPerRequest()))
                    .append(" |\n");
        }
        md.append("\nMeasured alone in the test JVM after the run: one bcrypt hash at cost ")
                .append(properties.receiptCodeStrength())
                .append(" takes ")
                .append(format("%.1f", bcryptMillis))
                .append(" ms\n")
                .append("(median of 25), one AES-GCM seal of a name and email ")
                .append(format("%.1f", sealMicros))
                .append(" µs (mean of 20,000).\n\n");
        md.append("## Reading\n\n");
        md.append("_Written by hand after the run: what the figures say, and what they do not._\n");
        return md.toString();
    }

    private static String body(String identity) {
        return "{\"provider\":{\"kind\":\"NHS_TRUST\",\"odsCode\":\"R0A\"},\"service\":\"Ward 12, acute medicine\","
                + "\"occurred\":{\"period\":\"over the last three weeks\"},\"description\":\"" + DESCRIPTION + "\","
                + "\"affected\":[\"SEVERAL_PATIENTS\"],\"harm\":\"MODERATE\",\"immediateDanger\":false,"
                + "\"professionals\":[{\"role\":\"NURSE\"}]," + identity + "}";
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String millis(long nanos) {
        return format("%.1f", nanos / 1e6);
    }

    private static String ratio(double value) {
        return format(value < 10 ? "%.2f×" : "%.0f×", value);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static String loadAverage() {
        return readFirstLine("/proc/loadavg")
                .map(line -> String.join(", ", Arrays.asList(line.split(" ")).subList(0, 3)))
                .orElse("unknown");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String memory() {
        long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return format("%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    private static Optional<String> readFirstLine(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String commit() {
        String head = git("rev-parse", "--short", "HEAD").orElse("unknown");
        boolean changed =
                git("status", "--porcelain").map(status -> !status.isBlank()).orElse(false);
        return changed ? head + " plus uncommitted changes in the working tree" : head;
    }

    private static Path repositoryRoot() {
        return git("rev-parse", "--show-toplevel").map(Path::of).orElseThrow();
    }

    private static Optional<String> git(String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0
                    ? Optional.of(out)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
