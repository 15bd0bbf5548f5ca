package org.candour.delivery.sending;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.delivery.SendingProperties;
import org.candour.delivery.endpoint.EventTypes;
import org.candour.events.CaseRoutedV1;
import org.candour.events.HarmLevel;
import org.candour.events.Provider;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a message's webhook body at its first attempt and freezes it in {@code notification.payload},
 * so that every retry, resend and endpoint receives the same bytes under the same webhook-id. The body
 * holds the minimum a body needs (DESIGN.md promise 5): no reporter identity, the summary only as
 * redacted, and the URL to fetch the full case with the body's own credentials.
 */
@Component
class WebhookPayloads {

    private final Deliveries deliveries;
    private final JsonMapper json;
    private final SendingProperties settings;

    WebhookPayloads(Deliveries deliveries, JsonMapper json, SendingProperties settings) {
        this.deliveries = deliveries;
        this.json = json;
        this.settings = settings;
    }

    /**
     * The message's body: frozen already, or built and frozen now.
     *
     * @return empty while the redacted summary is awaited and the wait is not over
     */
    Optional<byte[]> bodyOf(Message message, Instant now) {
        if (message.payload() != null) {
            return Optional.of(message.payload());
        }
        if (message.summary() == null && now.isBefore(summaryDeadline(message))) {
            return Optional.empty();
        }
        byte[] built = json.writeValueAsBytes(body(message));
        return Optional.of(deliveries.freezePayload(message.claim().notificationId(), built));
    }

    /** When the first attempt goes without a summary if none has arrived. */
    Instant summaryDeadline(Message message) {
        return message.recordedAt().plus(settings.summaryWait());
    }

    private WebhookBody body(Message message) {
        URI caseUrl = URI.create(stripTrailingSlash(settings.publicUrl().toString()) + "/api/v1/bodies/"
                + message.bodyCode() + "/cases/" + message.caseId());
        if (message.routed() == null) {
            // Recorded before sending existed: only what the notification row holds.
            return new WebhookBody(
                    EventTypes.CASE_ROUTED,
                    message.recordedAt(),
                    new Data(
                            message.caseId(),
                            message.reference(),
                            message.destination(),
                            message.recipientCode(),
                            List.of(),
                            null,
                            null,
                            message.urgent(),
                            null,
                            List.of(),
                            List.of(),
                            message.summary(),
                            caseUrl));
        }
        CaseRoutedV1 routed = json.readValue(message.routed(), CaseRoutedV1.class);
        return new WebhookBody(
                EventTypes.CASE_ROUTED,
                routed.routedAt(),
                new Data(
                        routed.caseId(),
                        routed.reference(),
                        routed.destination().name(),
                        routed.recipientCode(),
                        routed.domains(),
                        routed.primaryDomain(),
                        routed.harm(),
                        routed.urgent(),
                        routed.provider(),
                        routed.flags(),
                        routed.reasons(),
                        message.summary(),
                        caseUrl));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The Standard Webhooks body: a type, when it happened, and the data. */
    record WebhookBody(String type, Instant timestamp, Data data) {}

    record Data(
            UUID caseId,
            String reference,
            String destination,
            String recipientCode,
            List<QualityDomain> domains,
            @Nullable QualityDomain primaryDomain,
            @Nullable HarmLevel harm,
            boolean urgent,
            @Nullable Provider provider,
            List<CaseRoutedV1.Flag> flags,
            List<String> reasons,
            @Nullable String summary,
            URI caseUrl) {}
}
