package org.candour.delivery.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Posts one webhook. The connection goes only to an address the {@link DestinationGuard} has just
 * checked: the client's {@link DnsResolver} is the guard, so a name cannot be pointed inside the
 * network between the check and the connection (TLS still verifies the host name). Redirects are
 * never followed (a 3xx is a failure), and nothing is retried here: retries are scheduled by the
 * caller. Connect and response timeouts are the given timeout (15 s by default), and a whole attempt
 * is cut off after twice that, so a receiver trickling bytes cannot hold a sender. At most 64 KiB of
 * the answer is read, for the error text (500 characters at most). {@code Retry-After}, in seconds
 * or as an HTTP date, becomes {@link SendResult#retryAfter()}. Network errors, timeouts, closed
 * connections and garbage are {@code FAILED} with a short error text; it never throws for them.
 *
 * <p>It never logs headers or the signature. Apache HttpClient itself writes every header at DEBUG
 * under {@code org.apache.hc.client5.http.headers} and the wire under {@code
 * org.apache.hc.client5.http.wire}: those loggers must stay above DEBUG.
 */
public final class WebhookClient implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    static final int MAX_ERROR_CHARACTERS = 500;

    private static final Set<String> HEADERS_THE_CLIENT_OWNS =
            Set.of("host", "content-length", "transfer-encoding", "connection", "expect", "upgrade");

    private final DestinationGuard guard;

    private final Duration timeout;

    private final CloseableHttpClient http;

    private final ScheduledExecutorService deadlines;

    private final Clock clock;

    /**
     * @param guard checks the destination before the attempt and again as the connection is made
     * @param timeout the connect timeout and the response (socket read) timeout
     */
    public WebhookClient(DestinationGuard guard, Duration timeout) {
        this(guard, timeout, Clock.systemUTC());
    }

    WebhookClient(DestinationGuard guard, Duration timeout, Clock clock) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A webhook timeout must be positive, not " + timeout);
        }
        this.guard = guard;
        this.timeout = timeout;
        this.clock = clock;
        Timeout each = Timeout.of(timeout);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(each)
                                .setSocketTimeout(each)
                                .build())
                        // The pool must not be what makes a healthy endpoint wait behind a slow one;
                        // how many attempts run at once is the caller's bulkhead to decide.
                        .setMaxConnTotal(512)
                        .setMaxConnPerRoute(16)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(each)
                        .setResponseTimeout(each)
                        .setRedirectsEnabled(false)
                        .setProtocolUpgradeEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("Candour-Webhooks/1")
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Posts the body with the given headers (typically those of {@link WebhookSignature#headers}).
     *
     * @param url the endpoint
     * @param headers sent exactly as given; {@code Content-Type} is {@code application/json} unless
     *     given
     * @param jsonBody sent exactly as given
     * @throws IllegalArgumentException when a header is one the client must set itself ({@code Host},
     *     {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection}, {@code Expect},
     *     {@code Upgrade})
     */
    public SendResult send(URI url, Map<String, String> headers, byte[] jsonBody) {
        for (String name : headers.keySet()) {
            if (HEADERS_THE_CLIENT_OWNS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The webhook client sets the " + name + " header itself.");
            }
        }
        long started = System.nanoTime();
        try {
            // The form only: the guarded resolver checks the addresses as the connection is made.
            guard.checkForm(url.toString());
        } catch (RefusedDestinationException refused) {
            return SendResult.refused(since(started), refused.reason());
        }
        HttpPost post = new HttpPost(url);
        headers.forEach(post::addHeader);
        post.setEntity(new ByteArrayEntity(jsonBody, ContentType.APPLICATION_JSON));
        AtomicBoolean cutOff = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(
                () -> {
                    cutOff.set(true);
                    post.cancel();
                },
                timeout.toNanos() * 2,
                TimeUnit.NANOSECONDS);
        try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
            int status = response.getCode();
            String text = read(response.getEntity());
            Duration latency = since(started);
            if (status >= 200 && status < 300) {
                return SendResult.answered(status, latency, null, null);
            }
            return SendResult.answered(status, latency, retryAfter(response), error(status, response, text));
        } catch (RefusedAddressException refused) {
            return SendResult.refused(since(started), refused.getMessage());
        } catch (IOException | RuntimeException failure) {
            return SendResult.failed(since(started), describe(failure, cutOff.get()));
        } finally {
            deadline.cancel(false);
        }
    }

    /** At most 64 KiB of the answer, as text; the rest is left unread and the connection dropped. */
    private static String read(@Nullable HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try (InputStream content = entity.getContent()) {
            byte[] bytes = content.readNBytes(MAX_RESPONSE_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private @Nullable Duration retryAfter(ClassicHttpResponse response) {
        Header header = response.getFirstHeader("Retry-After");
        return header == null ? null : parseRetryAfter(header.getValue(), clock);
    }

    /** A {@code Retry-After} value, in whole seconds or as an HTTP date; empty when it is neither. */
    static @Nullable Duration parseRetryAfter(String value, Clock clock) {
        String trimmed = value.strip();
        if (trimmed.matches("\\d{1,12}")) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration until = Duration.between(clock.instant(), when.toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String error(int status, ClassicHttpResponse response, String body) {
        StringBuilder error = new StringBuilder("HTTP ").append(status);
        if (status >= 300 && status < 400) {
            Header location = response.getFirstHeader("Location");
            error.append(": redirect");
            if (location != null) {
                error.append(" to ").append(location.getValue());
            }
            error.append(" not followed");
        } else if (!body.isBlank()) {
            error.append(": ").append(body.strip());
        }
        return truncate(error.toString());
    }

    private String describe(Exception failure, boolean cutOff) {
        String error;
        if (cutOff) {
            error = "no complete answer within " + timeout.multipliedBy(2).toMillis() + " ms";
        } else if (failure instanceof ConnectTimeoutException) {
            error = "no connection within " + timeout.toMillis() + " ms";
        } else if (failure instanceof SocketTimeoutException) {
            error = "no answer within " + timeout.toMillis() + " ms";
        } else if (failure instanceof ConnectException) {
            error = "connection refused";
        } else if (failure instanceof NoHttpResponseException) {
            // HttpClient skips lines that are not a status line, so garbage ends here too.
            error = "the receiver closed the connection without a valid answer";
        } else if (failure instanceof ClientProtocolException) {
            error = "the answer was not valid HTTP: " + failure.getMessage();
        } else if (failure instanceof UnknownHostException) {
            error = "the host could not be resolved";
        } else if (failure instanceof SSLException) {
            error = "TLS failed: " + failure.getMessage();
        } else if (failure instanceof InterruptedIOException) {
            error = "interrupted: " + failure.getMessage();
        } else {
            error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        return truncate(error);
    }

    private static String truncate(String text) {
        String single = text.replaceAll("\\s+", " ");
        return single.length() <= MAX_ERROR_CHARACTERS ? single : single.substring(0, MAX_ERROR_CHARACTERS - 1) + "…";
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        http.close(CloseMode.GRACEFUL);
    }

    /** The guard as HttpClient's resolver: the connection goes to the addresses just checked. */
    private record GuardedResolver(DestinationGuard guard) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
                return guard.resolveAndCheck(host).toArray(InetAddress[]::new);
            } catch (RefusedDestinationException refused) {
                throw new RefusedAddressException(refused.reason());
            }
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    /** Carries the guard's refusal out of HttpClient, which only lets I/O exceptions through. */
    private static final class RefusedAddressException extends UnknownHostException {

        private static final long serialVersionUID = 1L;

        RefusedAddressException(String reason) {
            super(reason);
        }
    }
}
