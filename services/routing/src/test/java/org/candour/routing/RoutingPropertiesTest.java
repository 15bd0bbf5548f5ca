package org.candour.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Routing's settings bind with their defaults and refuse to keep a dead-lettered classification of an unknown
 * concern for less than a day.
 */
class RoutingPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Properties.class);

    @Test
    void aDeadLetteredClassificationIsKeptThirtyDaysByDefault() {
        context.run(started -> {
            RoutingProperties.UnknownConcern unknownConcern =
                    started.getBean(RoutingProperties.class).unknownConcern();
            assertThat(unknownConcern.waitForRaising()).isEqualTo(Duration.ofMinutes(2));
            assertThat(unknownConcern.keepDeadLettered()).isEqualTo(Duration.ofDays(30));
        });
    }

    @Test
    void keepingADeadLetteredClassificationUnderADayIsRefusedAtStartAndSaysWhy() {
        context.withPropertyValues("candour.routing.unknown-concern.keep-dead-lettered=23h")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("candour.routing.unknownConcern.keepDeadLettered")
                        .hasMessageContaining("must be at least 1 day"));
    }

    @Test
    void keepingADeadLetteredClassificationADayIsAccepted() {
        context.withPropertyValues("candour.routing.unknown-concern.keep-dead-lettered=1d")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @EnableConfigurationProperties(RoutingProperties.class)
    static class Properties {}
}
