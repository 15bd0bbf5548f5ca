package org.candour.delivery.sending;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A webhook receiver on loopback, as a body would run one: it keeps every request it is sent, with
 * its headers exactly as they arrived, and answers the n-th request (from 1) as told.
 */
final class WebhookReceiver implements AutoCloseable {

    /** How to answer one request; one that hangs is held, unanswered, until the receiver closes. */
    record Answer(int status, boolean hangs, Map<String, String> headers) {
        static Answer ok() {
            return new Answer(200, false, Map.of());
        }

        static Answer status(int status) {
            return new Answer(status, false, Map.of());
        }

        static Answer hanging() {
            return new Answer(200, true, Map.of());
        }
    }

    /** One request as it arrived, and the status it got. */
    record Received(Map<String, List<String>> headers, String body, Instant at, int status) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().getFirst())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " header in " + headers.keySet()));
        }

        String webhookId() {
            return header("webhook-id");
        }

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile BiFunction<Integer, Received, Answer> answers;

    private WebhookReceiver(BiFunction<Integer, Received, Answer> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers the n-th request (from 1) as told. */
    static WebhookReceiver answering(IntFunction<Answer> answers) throws IOException {
        return new WebhookReceiver((n, request) -> answers.apply(n));
    }

    /** Answers each request as told, knowing what it carries (its status not yet set). */
    static WebhookReceiver answeringEach(Function<Received, Answer> answers) throws IOException {
        return new WebhookReceiver((n, request) -> answers.apply(request));
    }

    static WebhookReceiver healthy() throws IOException {
        return answering(n -> Answer.ok());
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    /** A URL on loopback where nothing listens. */
    String closedUrl() {
        return "http://127.0.0.1:1/webhooks";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> delivered() {
        return received.stream().filter(Received::delivered).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant at = Instant.now();
            String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
            Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
            Answer answer = answers.apply(requests.incrementAndGet(), new Received(headers, body, at, 0));
            if (answer.hangs()) {
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            received.add(new Received(headers, body, at, answer.status()));
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), -1);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
