package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.Destination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live run: its comparison of what the services did with the in-process prediction, and how it
 * carries on past an item intake keeps turning away or does not answer. Intake and routing are played
 * by a small HTTP server answering as they do, since the real ones need the whole stack.
 */
class LiveRunTest {

    private static final Instant CLASSIFIED_AT = Instant.parse("2027-01-05T10:00:00Z");

    private final InProcess inProcess = new InProcess();
    private final ConcernRaisedV1 concern =
            Corpus.concern(Corpus.devItems(Path.of("../.."), List.of("dev-704")).getFirst());

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

    private final HttpServer server = server();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void stopServer() {
        released.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void anItemIntakeKeepsTurningAwayIsGivenUpAtItsTimeoutAndTheRunGoesOn() throws Exception {
        serve((exchange, id) -> {
            if (id.equals("t-busy")) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 429, "{\"title\":\"Too Many Requests\"}");
            } else {
                answer(exchange, 201, "{\"reference\":\"QC-2027-000002\"}");
            }
        });

        long start = System.nanoTime();
        List<LiveRun.Result> results = run(Duration.ofSeconds(2), "t-busy", "t-next");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(results.get(0).problem())
                .isEqualTo("intake refused it: 429 Too Many Requests, still after 2 s of retrying");
        assertThat(results.get(1).decided()).isNotNull();
        assertThat(results.get(1).decided().destinations()).containsExactly(Destination.TRUST_BOARD);
        assertThat(results.get(1).decided().classifiedAt()).isEqualTo(CLASSIFIED_AT);
    }

    @Test
    void anItemIntakeDoesNotAnswerIsRecordedAsItsProblemAndTheRunGoesOn() throws Exception {
        serve((exchange, id) -> {
            if (id.equals("t-silent")) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            answer(exchange, 201, "{\"reference\":\"QC-2027-000002\"}");
        });

        List<LiveRun.Result> results = run(Duration.ofSeconds(2), "t-silent", "t-next");

        assertThat(results.get(0).reference()).isNull();
        assertThat(results.get(0).problem()).startsWith("intake did not answer: HttpTimeoutException");
        assertThat(results.get(1).decided()).isNotNull();
    }

    private interface Intake {
        void answer(HttpExchange exchange, String id) throws IOException;
    }

    /** Intake answers as {@code intake} says for the item named in the idempotency key; routing has decided every concern. */
    private void serve(Intake intake) {
        server.createContext("/api/v1/concerns", exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
                exchange.getRequestBody().readAllBytes();
                intake.answer(
                        exchange,
                        exchange.getRequestHeaders().getFirst("Idempotency-Key").split(":")[1]);
            } else {
                answer(exchange, 200, """
                        {"entries":[
                          {"kind":"CLASSIFIED","at":"2027-01-05T10:00:00Z","policyVersion":"taxonomy-t"},
                          {"kind":"ROUTED","caseId":"c-1","destination":"TRUST_BOARD","policyVersion":"routing-t"}]}
                        """);
            }
        });
        server.setExecutor(handlers);
        server.start();
    }

    private List<LiveRun.Result> run(Duration timeout, String... ids) throws InterruptedException {
        URI address = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> items = Arrays.stream(ids)
                .map(id -> json.readTree("{\"id\":\"" + id + "\",\"text\":\"The ward was short of nurses.\"}"))
                .toList();
        return new LiveRun(new RunningServices(address, address, 6_000), timeout, items.size(), "salt")
                .run(items, progress -> {});
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static HttpServer server() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
