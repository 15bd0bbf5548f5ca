package org.candour.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the shared messaging conventions, under {@code candour.messaging}.
 *
 * @param relay how the outbox relay publishes
 * @param consumer how consumers retry transient failures before dead-lettering
 */
@Validated
@ConfigurationProperties("candour.messaging")
public record MessagingProperties(
        @Valid @DefaultValue Relay relay,
        @Valid @DefaultValue Consumer consumer) {

    /**
     * @param interval pause between polls of the outbox when it was empty
     * @param batchSize rows claimed per transaction
     * @param sendTimeout how long to wait for the broker to acknowledge a batch
     * @param maxBackoff longest pause after repeated failures to publish
     */
    public record Relay(
            @NotNull @DefaultValue("200ms") Duration interval,
            @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
            @NotNull @DefaultValue("10s") Duration sendTimeout,
            @NotNull @DefaultValue("5s") Duration maxBackoff) {}

    /**
     * @param maxAttempts deliveries of a record that fails transiently before it is dead-lettered; the
     *     defaults ride out about two and a half minutes of a database outage, inside Kafka's
     *     five-minute poll interval
     * @param initialBackoff pause before the first retry
     * @param multiplier growth of the pause between retries
     * @param maxBackoff longest pause between retries
     * @param processedRetention how long the record that an event was applied is kept; a redelivery of the
     *     event after that is applied again. Keep it longer than the topics' retention (seven days by
     *     default), as the default of 30 days is, so that anything Kafka can still redeliver is recognised;
     *     less than a day is refused, since even the redeliveries of an ordinary day (after a rebalance, a
     *     crash or a replayed dead letter) could then be applied twice
     * @param pruneInterval pause between deletions of processed-event records older than the retention
     */
    public record Consumer(
            @Min(1) @Max(100) @DefaultValue("10") int maxAttempts,
            @NotNull @DefaultValue("500ms") Duration initialBackoff,
            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("30s") Duration maxBackoff,

            @NotNull
            @DurationMin(
                    days = 1,
                    message = "must be at least 1 day, or an event redelivered from its topic could be"
                            + " applied twice")
            @DefaultValue("30d")
            Duration processedRetention,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("1h")
            Duration pruneInterval) {}
}
