package org.candour.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant FAILED_AT = Instant.parse("2026-11-25T09:15:00Z");

    /** nextDouble() is 0: the delay at its shortest, 80 %. */
    private static final RandomGenerator LOWEST = () -> 0L;

    /** nextDouble() is just under 1: the delay at its longest, just under 120 %. */
    private static final RandomGenerator HIGHEST = () -> -1L;

    /** nextDouble() is 0.5: the delay as scheduled. */
    private static final RandomGenerator MIDDLE = () -> Long.MIN_VALUE;

    private final RetrySchedule schedule = RetrySchedule.standard();

    @Test
    void aMessageGetsEightAttemptsAtOnceThenAfter5s5min30min2h5h10hAnd10h() {
        assertThat(schedule.attempts()).isEqualTo(8);
        List<Duration> expected = List.of(
                Duration.ofSeconds(5),
                Duration.ofMinutes(5),
                Duration.ofMinutes(30),
                Duration.ofHours(2),
                Duration.ofHours(5),
                Duration.ofHours(10),
                Duration.ofHours(10));
        for (int failed = 1; failed <= 7; failed++) {
            assertThat(schedule.next(failed, FAILED_AT, null, MIDDLE))
                    .contains(FAILED_AT.plus(expected.get(failed - 1)));
        }
    }

    @Test
    void afterTheEighthFailureTheScheduleIsExhausted() {
        assertThat(schedule.next(7, FAILED_AT, null, MIDDLE)).isPresent();
        assertThat(schedule.next(8, FAILED_AT, null, MIDDLE)).isEmpty();
        assertThat(schedule.next(9, FAILED_AT, Duration.ofMinutes(1), MIDDLE)).isEmpty();
    }

    @Test
    void theNominalDelaysAddUpToTwentySevenAndAHalfHours() {
        Duration total = schedule.nominalDelays().stream().reduce(Duration.ZERO, Duration::plus);

        assertThat(total).isEqualTo(Duration.ofHours(27).plusMinutes(35).plusSeconds(5));
    }

    @Test
    void eachDelayIsJitteredByAtMostTwentyPercentEitherWay() {
        for (int failed = 1; failed <= 7; failed++) {
            Duration nominal = schedule.nominalDelays().get(failed - 1);
            Instant earliest = FAILED_AT.plusMillis(Math.round(nominal.toMillis() * 0.8));
            Instant latest = FAILED_AT.plusMillis(Math.round(nominal.toMillis() * 1.2));

            assertThat(schedule.next(failed, FAILED_AT, null, LOWEST)).contains(earliest);
            assertThat(schedule.next(failed, FAILED_AT, null, HIGHEST).orElseThrow())
                    .isAfter(FAILED_AT.plus(nominal))
                    .isBeforeOrEqualTo(latest);
        }
    }

    @Test
    void randomJitterStaysInsideItsBoundsAndSpreadsTheAttempts() {
        SplittableRandom random = new SplittableRandom(42);
        Duration nominal = Duration.ofHours(2);
        Instant lowest = Instant.MAX;
        Instant highest = Instant.MIN;
        for (int i = 0; i < 1_000; i++) {
            Instant next = schedule.next(4, FAILED_AT, null, random).orElseThrow();
            assertThat(next)
                    .isBetween(
                            FAILED_AT.plus(nominal.multipliedBy(8).dividedBy(10)),
                            FAILED_AT.plus(nominal.multipliedBy(12).dividedBy(10)));
            lowest = next.isBefore(lowest) ? next : lowest;
            highest = next.isAfter(highest) ? next : highest;
        }
        assertThat(Duration.between(lowest, highest)).isGreaterThan(Duration.ofMinutes(40));
    }

    @Test
    void aRetryAfterLongerThanTheDelayWins() {
        assertThat(schedule.next(1, FAILED_AT, Duration.ofMinutes(2), HIGHEST))
                .contains(FAILED_AT.plus(Duration.ofMinutes(2)));
        assertThat(schedule.next(3, FAILED_AT, Duration.ofHours(1), LOWEST))
                .contains(FAILED_AT.plus(Duration.ofHours(1)));
    }

    @Test
    void aRetryAfterShorterThanTheDelayIsNotAnExcuseToComeBackSooner() {
        assertThat(schedule.next(3, FAILED_AT, Duration.ofSeconds(10), MIDDLE))
                .contains(FAILED_AT.plus(Duration.ofMinutes(30)));
        assertThat(schedule.next(1, FAILED_AT, Duration.ZERO, MIDDLE)).contains(FAILED_AT.plusSeconds(5));
    }

    @Test
    void aRetryAfterIsCappedAtADay() {
        assertThat(schedule.next(2, FAILED_AT, Duration.ofDays(30), MIDDLE))
                .contains(FAILED_AT.plus(Duration.ofHours(24)));
        assertThat(schedule.next(7, FAILED_AT, Duration.ofDays(365), HIGHEST))
                .contains(FAILED_AT.plus(Duration.ofHours(24)));
    }

    @Test
    void aScheduleWithoutJitterKeepsItsDelaysExactly() {
        RetrySchedule exact = new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), 0);

        assertThat(exact.attempts()).isEqualTo(3);
        assertThat(exact.next(1, FAILED_AT, null, LOWEST)).contains(FAILED_AT.plusSeconds(1));
        assertThat(exact.next(2, FAILED_AT, null, HIGHEST)).contains(FAILED_AT.plusSeconds(2));
        assertThat(exact.next(3, FAILED_AT, null, HIGHEST)).isEmpty();
        assertThat(new RetrySchedule(List.of(), 0.2).attempts()).isEqualTo(1);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(-1)), 0.2))
                .withMessageContaining("negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(1)), 1.0))
                .withMessageContaining("jitter");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(1)), Double.NaN))
                .withMessageContaining("jitter");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> schedule.next(0, FAILED_AT, null, MIDDLE))
                .withMessageContaining("at least 1, not 0");
    }
}
