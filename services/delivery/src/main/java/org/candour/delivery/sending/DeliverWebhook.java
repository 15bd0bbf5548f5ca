package org.candour.delivery.sending;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.candour.delivery.SendingProperties;
import org.candour.delivery.endpoint.EndpointSecrets;
import org.candour.delivery.webhook.SendResult;
import org.candour.delivery.webhook.WebhookClient;
import org.candour.delivery.webhook.WebhookSecret;
import org.candour.delivery.webhook.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Makes one attempt of a claimed delivery: signs the frozen body for the endpoint's live secrets
 * (webhook-id is the message's id, the same for every attempt and endpoint), posts it through the
 * guarded client, and records the outcome. An attempt that cannot be made now (the endpoint paused or
 * disabled, its breaker open, its bulkhead full, its rate reached, or the summary awaited) is
 * deferred and does not count.
 */
@Service
public class DeliverWebhook {

    private static final Logger log = LoggerFactory.getLogger(DeliverWebhook.class);

    private final Deliveries deliveries;
    private final WebhookPayloads payloads;
    private final EndpointSecrets secrets;
    private final WebhookClient client;
    private final EndpointResilience resilience;
    private final RecordAttempt recordAttempt;
    private final SendingProperties settings;
    private final Clock clock;

    DeliverWebhook(
            Deliveries deliveries,
            WebhookPayloads payloads,
            EndpointSecrets secrets,
            WebhookClient client,
            EndpointResilience resilience,
            RecordAttempt recordAttempt,
            SendingProperties settings,
            Clock clock) {
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.secrets = secrets;
        this.client = client;
        this.resilience = resilience;
        this.recordAttempt = recordAttempt;
        this.settings = settings;
        this.clock = clock;
    }

    void attempt(Claim claim) {
        Instant now = clock.instant();
        Optional<Message> found = deliveries.message(claim);
        if (found.isEmpty()) {
            return;
        }
        Message message = found.get();
        if (!message.endpointActive()) {
            deliveries.defer(claim, now.plus(settings.inactiveDeferral()), now);
            return;
        }
        Optional<byte[]> body = payloads.bodyOf(message, now);
        if (body.isEmpty()) {
            Instant deadline = payloads.summaryDeadline(message);
            Instant soon = now.plus(settings.deferral());
            deliveries.defer(claim, soon.isBefore(deadline) ? soon : deadline, now);
            return;
        }
        Optional<EndpointResilience.Permit> permit = resilience.tryAcquire(claim.endpointId(), message.ratePerSecond());
        if (permit.isEmpty()) {
            // An open breaker waits a while; a full bulkhead or a reached rate frees up within moments.
            boolean open = resilience.breakerState(claim.endpointId()) == CircuitBreaker.State.OPEN;
            log.debug(
                    "Delivery {} deferred: endpoint {} is {}",
                    claim.deliveryId(),
                    claim.endpointId(),
                    open ? "failing (breaker open)" : "at its limit");
            deliveries.defer(claim, now.plus(open ? settings.deferral() : settings.busyDeferral()), now);
            return;
        }
        SendResult result;
        Instant attemptedAt = clock.instant();
        try {
            result = send(message, body.get(), attemptedAt);
        } catch (RuntimeException e) {
            permit.get().abandoned();
            throw e;
        }
        if (result.outcome() == SendResult.Outcome.DELIVERED) {
            permit.get().succeeded(result.latency());
        } else {
            permit.get().failed(result.latency(), result.outcome().name());
        }
        recordAttempt.record(message, result, attemptedAt);
    }

    private SendResult send(Message message, byte[] body, Instant attemptedAt) {
        List<WebhookSecret> signing = secrets.signingSecrets(message.claim().endpointId(), attemptedAt);
        if (signing.isEmpty()) {
            throw new IllegalStateException("Endpoint " + message.claim().endpointId() + " has no live signing secret");
        }
        Map<String, String> headers = new LinkedHashMap<>(
                WebhookSignature.headers(message.claim().notificationId().toString(), attemptedAt, body, signing));
        headers.put("content-type", "application/json");
        return client.send(URI.create(message.url()), headers, body);
    }
}
