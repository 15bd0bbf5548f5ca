package org.candour.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The messaging settings bind with their defaults and refuse a processed-event retention that is too short. */
class MessagingPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Properties.class);

    @Test
    void processedEventsAreKeptThirtyDaysAndPrunedHourlyByDefault() {
        context.run(started -> {
            MessagingProperties.Consumer consumer =
                    started.getBean(MessagingProperties.class).consumer();
            assertThat(consumer.processedRetention()).isEqualTo(Duration.ofDays(30));
            assertThat(consumer.pruneInterval()).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void aRetentionUnderADayIsRefusedAtStartAndSaysWhy() {
        context.withPropertyValues("candour.messaging.consumer.processed-retention=23h")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("candour.messaging.consumer.processedRetention")
                        .hasMessageContaining("must be at least 1 day"));
    }

    @Test
    void aRetentionOfADayIsAccepted() {
        context.withPropertyValues("candour.messaging.consumer.processed-retention=1d")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @EnableConfigurationProperties(MessagingProperties.class)
    static class Properties {}
}
