package org.candour.delivery.endpoint.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.delivery.endpoint.Endpoint;
import org.candour.delivery.endpoint.EndpointStatus;
import org.jspecify.annotations.Nullable;

/** An endpoint as the API shows it: never with a secret. */
record EndpointResponse(
        UUID id,
        String body,
        URI url,
        List<String> eventTypes,
        @Nullable String description,
        EndpointStatus status,
        @Nullable String statusReason,
        @Nullable Integer rateLimitPerSecond,
        @Nullable Instant failingSince,
        Instant createdAt,
        Instant updatedAt) {

    static EndpointResponse of(Endpoint endpoint) {
        return new EndpointResponse(
                endpoint.id(),
                endpoint.bodyCode(),
                endpoint.url(),
                endpoint.eventTypes(),
                endpoint.description(),
                endpoint.status(),
                endpoint.statusReason(),
                endpoint.rateLimitPerSecond(),
                endpoint.failingSince(),
                endpoint.createdAt(),
                endpoint.updatedAt());
    }
}
