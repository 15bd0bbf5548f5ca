package org.candour.delivery.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.candour.delivery.webhook.RetrySchedule;
import org.candour.delivery.webhook.SendResult;
import org.candour.delivery.webhook.SendResult.Outcome;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

    private final DeliveryPolicy policy = new DeliveryPolicy(
            new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)), 0), new Random(1));

    @Test
    void onlyA2xxDelivers() {
        assertThat(policy.after(result(Outcome.DELIVERED, 204, null), 2, AT)).isEqualTo(new NextStep.Delivered());
    }

    @Test
    void aFailureIsTriedAgainOnTheSchedule() {
        assertThat(policy.after(result(Outcome.FAILED, 500, null), 0, AT))
                .isEqualTo(new NextStep.RetryAt(AT.plusSeconds(5)));
        assertThat(policy.after(result(Outcome.FAILED, 302, null), 1, AT))
                .isEqualTo(new NextStep.RetryAt(AT.plus(Duration.ofMinutes(5))));
    }

    @Test
    void aLongerRetryAfterWins() {
        assertThat(policy.after(result(Outcome.FAILED, 429, Duration.ofMinutes(2)), 0, AT))
                .isEqualTo(new NextStep.RetryAt(AT.plus(Duration.ofMinutes(2))));
    }

    @Test
    void aRefusedDestinationIsRetriedLikeAFailureInCaseItsNameIsRepointed() {
        assertThat(policy.after(result(Outcome.REFUSED, null, null), 0, AT))
                .isEqualTo(new NextStep.RetryAt(AT.plusSeconds(5)));
    }

    @Test
    void theLastFailureExhaustsTheSchedule() {
        assertThat(policy.after(result(Outcome.FAILED, 503, null), 2, AT)).isEqualTo(new NextStep.Exhausted());
    }

    @Test
    void goneIsGoneWhateverTheScheduleLeaves() {
        assertThat(policy.after(result(Outcome.GONE, 410, null), 0, AT)).isEqualTo(new NextStep.Gone());
    }

    private static SendResult result(Outcome outcome, @Nullable Integer status, @Nullable Duration retryAfter) {
        return new SendResult(outcome, status, Duration.ofMillis(40), retryAfter, null);
    }
}
