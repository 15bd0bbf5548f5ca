package org.candour.delivery.sending;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.delivery.SendingProperties;
import org.junit.jupiter.api.Test;

class EndpointResilienceTest {

    private final EndpointResilience resilience = new EndpointResilience(
            new SendingProperties.CircuitBreaker(50, 10, 5, Duration.ofSeconds(60), 2),
            new SendingProperties.Bulkhead(4));

    @Test
    void breakerOpensOnceHalfOfAtLeastFiveCallsFailedAndRefusesOnlyThatEndpoint() {
        UUID failing = UUID.randomUUID();
        UUID healthy = UUID.randomUUID();

        for (int call = 0; call < 4; call++) {
            resilience.tryAcquire(failing, null).orElseThrow().failed(Duration.ofMillis(5), "FAILED");
        }
        assertThat(resilience.breakerState(failing)).isEqualTo(CircuitBreaker.State.CLOSED);
        resilience.tryAcquire(failing, null).orElseThrow().failed(Duration.ofMillis(5), "FAILED");

        assertThat(resilience.breakerState(failing)).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(resilience.tryAcquire(failing, null)).isEmpty();
        assertThat(resilience.tryAcquire(healthy, null)).isPresent();
    }

    @Test
    void successesKeepTheBreakerClosed() {
        UUID endpoint = UUID.randomUUID();

        for (int call = 0; call < 10; call++) {
            EndpointResilience.Permit permit =
                    resilience.tryAcquire(endpoint, null).orElseThrow();
            if (call % 3 == 0) {
                permit.failed(Duration.ofMillis(5), "FAILED");
            } else {
                permit.succeeded(Duration.ofMillis(5));
            }
        }

        assertThat(resilience.breakerState(endpoint)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void bulkheadLetsFourCallsBeInFlightToOneEndpointAndFreesAPlaceWhenOneEnds() {
        UUID slow = UUID.randomUUID();
        List<EndpointResilience.Permit> inFlight = new ArrayList<>();
        for (int call = 0; call < 4; call++) {
            inFlight.add(resilience.tryAcquire(slow, null).orElseThrow());
        }

        assertThat(resilience.tryAcquire(slow, null)).isEmpty();
        assertThat(resilience.tryAcquire(UUID.randomUUID(), null)).isPresent();

        inFlight.getFirst().succeeded(Duration.ofSeconds(15));
        assertThat(resilience.tryAcquire(slow, null)).isPresent();
    }

    @Test
    void rateLimitRefusesCallsBeyondTheEndpointsLimitInOneSecondAndARefusalHoldsNothing() {
        UUID limited = UUID.randomUUID();

        Optional<EndpointResilience.Permit> first = resilience.tryAcquire(limited, 2);
        Optional<EndpointResilience.Permit> second = resilience.tryAcquire(limited, 2);
        Optional<EndpointResilience.Permit> third = resilience.tryAcquire(limited, 2);

        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(third).isEmpty();
        first.orElseThrow().succeeded(Duration.ofMillis(1));
        second.orElseThrow().succeeded(Duration.ofMillis(1));
        // The refused call released its bulkhead place: four more fit once the limiter allows them.
        assertThat(resilience.tryAcquire(limited, 1000)).isPresent();
    }
}
