package org.candour.delivery.endpoint;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A URL a national body registered to receive webhooks on. Its signing secrets are kept apart, in
 * {@link EndpointSecrets}, so that an endpoint can be read and shown without them.
 *
 * @param id stable identity
 * @param bodyCode the body that owns it, a {@code Destination} name such as {@code CQC}
 * @param url where webhooks are posted; checked by the request-forgery guard when registered
 * @param eventTypes the event types it receives, from {@link EventTypes#KNOWN}
 * @param description what its owner says it is for
 * @param status whether it receives webhooks now
 * @param statusReason why it was disabled; absent unless {@link EndpointStatus#DISABLED}
 * @param rateLimitPerSecond at most this many requests a second are sent to it, when set
 * @param failingSince when the current run of failed attempts began; absent when the last succeeded
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
public record Endpoint(
        UUID id,
        String bodyCode,
        URI url,
        List<String> eventTypes,
        @Nullable String description,
        EndpointStatus status,
        @Nullable String statusReason,
        @Nullable Integer rateLimitPerSecond,
        @Nullable Instant failingSince,
        Instant createdAt,
        Instant updatedAt) {

    public Endpoint {
        eventTypes = List.copyOf(eventTypes);
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("Endpoint " + id + " of " + bodyCode + " subscribes to no event type");
        }
    }

    /** Whether it receives messages of this type now. */
    public boolean receives(String eventType) {
        return status == EndpointStatus.ACTIVE && eventTypes.contains(eventType);
    }
}
