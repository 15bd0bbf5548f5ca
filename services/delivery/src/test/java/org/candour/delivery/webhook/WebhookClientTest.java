package org.candour.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.candour.delivery.webhook.SendResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Against a real HTTP server on loopback, allow-listed as a local receiver would be. */
class WebhookClientTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private static final byte[] BODY =
            "{\"caseId\":\"4debd00b-61c2-3ddd-a634-1c2b421c4826\",\"summary\":\"Café — 28 pts\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    private final CountDownLatch released = new CountDownLatch(1);

    private final ExecutorService serverThreads = Executors.newCachedThreadPool();

    private HttpServer server;

    private WebhookClient client;

    private record Received(String path, Map<String, List<String>> headers, byte[] body) {}

    @BeforeEach
    void startReceiver() throws IOException {
        // Bound to every interface, so a request the guard failed to stop would arrive and be seen.
        server = HttpServer.create(new InetSocketAddress(0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/ok", exchange -> answer(exchange, 200, "thanks"));
        server.createContext("/no-content", exchange -> answer(exchange, 204, ""));
        server.createContext("/broken", exchange -> answer(exchange, 500, "database\n  down"));
        server.createContext("/huge-error", exchange -> answer(exchange, 500, "x".repeat(1_000_000)));
        server.createContext("/gone", exchange -> answer(exchange, 410, "endpoint removed"));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/target");
            answer(exchange, 302, "");
        });
        server.createContext("/target", exchange -> answer(exchange, 200, "followed"));
        server.createContext("/busy", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            answer(exchange, 429, "slow down");
        });
        server.createContext("/maintenance", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT");
            answer(exchange, 503, "");
        });
        server.createContext("/slow", exchange -> {
            record(exchange);
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        client = new WebhookClient(localGuard(AddressResolver.system()), TIMEOUT);
    }

    @AfterEach
    void stopReceiver() {
        released.countDown();
        client.close();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void twoHundredAndTwoHundredFourAreDeliveredAndTheHeadersAndBodyArriveExactlyAsGiven() {
        Map<String, String> headers =
                WebhookSignature.headers("msg_1", Instant.now(), BODY, List.of(WebhookSecret.generate()));

        SendResult ok = client.send(url("/ok"), headers, BODY);
        SendResult noContent = client.send(url("/no-content"), headers, BODY);

        assertThat(ok.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.error()).isNull();
        assertThat(ok.retryAfter()).isNull();
        assertThat(ok.latency()).isPositive();
        assertThat(noContent.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(noContent.status()).isEqualTo(204);
        Received first = received.peek();
        assertThat(first).isNotNull();
        assertThat(first.body()).isEqualTo(BODY);
        headers.forEach((name, value) -> assertThat(header(first, name)).containsExactly(value));
        assertThat(header(first, "Content-Type")).containsExactly("application/json; charset=UTF-8");
        assertThat(header(first, "Cookie")).isEmpty();
        assertThat(received).hasSize(2);
    }

    @Test
    void aServerErrorFailsWithItsStatusAndTheStartOfItsAnswer() {
        SendResult result = client.send(url("/broken"), Map.of(), BODY);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.status()).isEqualTo(500);
        assertThat(result.error()).isEqualTo("HTTP 500: database down");
    }

    @Test
    void aHugeAnswerIsReadOnlyInPartAndItsErrorTextIsShort() {
        SendResult result = client.send(url("/huge-error"), Map.of(), BODY);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.status()).isEqualTo(500);
        assertThat(result.error()).hasSize(500).startsWith("HTTP 500: xxx").endsWith("…");
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        SendResult result = client.send(url("/moved"), Map.of(), BODY);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.status()).isEqualTo(302);
        assertThat(result.error()).isEqualTo("HTTP 302: redirect to /target not followed");
        assertThat(received).extracting(Received::path).containsExactly("/moved");
    }

    @Test
    void goneIsGone() {
        SendResult result = client.send(url("/gone"), Map.of(), BODY);

        assertThat(result.outcome()).isEqualTo(Outcome.GONE);
        assertThat(result.status()).isEqualTo(410);
        assertThat(result.error()).isEqualTo("HTTP 410: endpoint removed");
    }

    @Test
    void retryAfterInSecondsIsRead() {
        SendResult result = client.send(url("/busy"), Map.of(), BODY);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.status()).isEqualTo(429);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void retryAfterAsAnHttpDateIsReadAsTheTimeUntilThen() {
        Clock twoMinutesBefore = Clock.fixed(Instant.parse("2026-10-21T07:26:00Z"), ZoneOffset.UTC);
        try (WebhookClient atThatTime =
                new WebhookClient(localGuard(AddressResolver.system()), TIMEOUT, twoMinutesBefore)) {

            SendResult result = atThatTime.send(url("/maintenance"), Map.of(), BODY);

            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.status()).isEqualTo(503);
            assertThat(result.retryAfter()).isEqualTo(Duration.ofMinutes(2));
        }
    }

    @Test
    void retryAfterValuesAreParsedOrIgnored() {
        Clock clock = Clock.fixed(Instant.parse("2026-10-21T07:26:00Z"), ZoneOffset.UTC);

        assertThat(WebhookClient.parseRetryAfter("0", clock)).isEqualTo(Duration.ZERO);
        assertThat(WebhookClient.parseRetryAfter(" 86400 ", clock)).isEqualTo(Duration.ofDays(1));
        assertThat(WebhookClient.parseRetryAfter("Wed, 21 Oct 2026 07:00:00 GMT", clock))
                .isEqualTo(Duration.ZERO);
        assertThat(WebhookClient.parseRetryAfter("-5", clock)).isNull();
        assertThat(WebhookClient.parseRetryAfter("soon", clock)).isNull();
        assertThat(WebhookClient.parseRetryAfter("99999999999999999999", clock)).isNull();
    }

    @Test
    void aReceiverSlowerThanTheTimeoutFailsWithinAboutTheTimeout() {
        SendResult result = client.send(url("/slow"), Map.of(), BODY);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.status()).isNull();
        assertThat(result.error()).isEqualTo("no answer within 500 ms");
        assertThat(result.latency()).isBetween(Duration.ofMillis(450), Duration.ofMillis(2_000));
        assertThat(received).extracting(Received::path).containsExactly("/slow");
    }

    @Test
    void aReceiverTricklingItsAnswerIsCutOffAtTwiceTheTimeout() throws Exception {
        try (RawReceiver trickle = new RawReceiver(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 500 Slow\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 100 && !released.await(200, TimeUnit.MILLISECONDS); i++) {
                out.write('x');
                out.flush();
            }
        })) {
            SendResult result = client.send(trickle.url(), Map.of(), BODY);

            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.error()).isEqualTo("no complete answer within 1000 ms");
            assertThat(result.latency()).isBetween(Duration.ofMillis(950), Duration.ofMillis(3_000));
        }
    }

    @Test
    void aReceiverThatClosesTheConnectionFails() throws Exception {
        try (RawReceiver closing =
                new RawReceiver(socket -> socket.getInputStream().read(new byte[100]))) {
            SendResult result = client.send(closing.url(), Map.of(), BODY);

            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.status()).isNull();
            assertThat(result.error()).isEqualTo("the receiver closed the connection without a valid answer");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "this is not HTTP at all\r\n\r\n",
                "HTTP/1.1 abc Nope\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: nine\r\n\r\nnine",
                "\u0000\u0001\u0002\u00ff\r\n"
            })
    void aReceiverAnsweringGarbageFails(String garbage) throws Exception {
        try (RawReceiver garbled = new RawReceiver(socket -> {
            socket.getInputStream().read(new byte[100]);
            socket.getOutputStream().write(garbage.getBytes(StandardCharsets.ISO_8859_1));
        })) {
            SendResult result = client.send(garbled.url(), Map.of(), BODY);

            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.status()).isNull();
            assertThat(result.error())
                    .isIn(
                            "the receiver closed the connection without a valid answer",
                            "the answer was not valid HTTP: Invalid content length: nine");
        }
    }

    @Test
    void aPortNobodyListensOnFails() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        SendResult result = client.send(URI.create("http://127.0.0.1:" + port + "/"), Map.of(), BODY);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error()).isEqualTo("connection refused");
    }

    @Test
    void aHostTheGuardRefusesIsRefusedAndNothingIsSent() {
        WebhookClient refusing = new WebhookClient(
                localGuard(host -> List.of(InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1}))), TIMEOUT);
        try (refusing) {
            SendResult loopback = client.send(
                    URI.create("http://127.0.0.2:" + server.getAddress().getPort() + "/ok"), Map.of(), BODY);
            SendResult privateName = refusing.send(
                    URI.create("http://receiver.test:" + server.getAddress().getPort() + "/ok"), Map.of(), BODY);

            assertThat(loopback.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(loopback.status()).isNull();
            assertThat(loopback.error())
                    .isEqualTo("127.0.0.2 is a loopback address; only public addresses can receive webhooks.");
            assertThat(privateName.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(privateName.error())
                    .isEqualTo("receiver.test resolves to 10.0.0.1, a private address;"
                            + " only public addresses can receive webhooks.");
            assertThat(received).isEmpty();
        }
    }

    @Test
    void aNameRepointedInsideTheNetworkIsLookedUpOnceRefusedAtConnectAndNothingIsSent() {
        // Registered while it pointed at a public address; now it points at loopback. The one lookup of the
        // attempt is the one the connection uses, so there is no window between a check and the connection.
        AtomicInteger lookups = new AtomicInteger();
        AddressResolver repointed = host -> {
            lookups.incrementAndGet();
            return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        };
        try (WebhookClient fooled = new WebhookClient(new DestinationGuard(true, List.of(), repointed), TIMEOUT)) {

            SendResult result = fooled.send(
                    URI.create("http://rebinding.test:" + server.getAddress().getPort() + "/ok"), Map.of(), BODY);

            assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(result.error()).startsWith("rebinding.test resolves to 127.0.0.1, a loopback address");
            assertThat(lookups).hasValue(1);
            assertThat(received).isEmpty();
        }
    }

    @Test
    void theConnectionGoesToTheAddressTheGuardResolved() {
        AddressResolver toLoopback = host -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        try (WebhookClient named =
                new WebhookClient(new DestinationGuard(true, List.of("receiver.test"), toLoopback), TIMEOUT)) {

            SendResult result = named.send(
                    URI.create("http://receiver.test:" + server.getAddress().getPort() + "/ok"), Map.of(), BODY);

            assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
            assertThat(received)
                    .singleElement()
                    .satisfies(request -> assertThat(header(request, "Host"))
                            .containsExactly(
                                    "receiver.test:" + server.getAddress().getPort()));
        }
    }

    @Test
    void anIpv6LoopbackReceiverIsReachedWhenAllowListedAndRefusedOtherwise() throws IOException {
        assumeTrue(hasIpv6Loopback(), "this machine has no IPv6 loopback");
        URI url = URI.create("http://[::1]:" + server.getAddress().getPort() + "/ok");
        try (WebhookClient allowing =
                new WebhookClient(new DestinationGuard(true, List.of("::1"), AddressResolver.system()), TIMEOUT)) {

            assertThat(client.send(url, Map.of(), BODY).outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(received).isEmpty();
            assertThat(allowing.send(url, Map.of(), BODY).outcome()).isEqualTo(Outcome.DELIVERED);
            assertThat(received).hasSize(1);
        }
    }

    @Test
    void headersTheClientMustSetItselfAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.send(url("/ok"), Map.of("Content-Length", "1"), BODY))
                .withMessage("The webhook client sets the Content-Length header itself.");
        assertThat(received).isEmpty();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static boolean hasIpv6Loopback() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return probe.isBound();
        } catch (IOException noIpv6) {
            return false;
        }
    }

    private static DestinationGuard localGuard(AddressResolver resolver) {
        return new DestinationGuard(true, List.of("127.0.0.1"), resolver);
    }

    private static List<String> header(Received request, String name) {
        return request.headers().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .toList();
    }

    private void record(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            received.add(new Received(
                    exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body.readAllBytes()));
        }
    }

    private void answer(HttpExchange exchange, int status, String text) throws IOException {
        record(exchange);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientWentAway) {
            // The client reads at most 64 KiB and drops the connection; that is what is tested.
        }
    }

    /** A loopback socket that does what no HTTP server would. */
    private final class RawReceiver implements AutoCloseable {

        interface Behaviour {
            void on(Socket socket) throws Exception;
        }

        private final ServerSocket socket;

        RawReceiver(Behaviour behaviour) throws IOException {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            serverThreads.execute(() -> {
                try (Socket accepted = socket.accept()) {
                    behaviour.on(accepted);
                } catch (Exception closed) {
                    // The client hung up or the test ended; either way this receiver is done.
                }
            });
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/raw");
        }

        @Override
        public void close() throws IOException {
            released.countDown();
            socket.close();
        }
    }
}
