package org.candour.delivery.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.candour.delivery.DeliveryProperties;
import org.candour.delivery.webhook.DestinationGuard;
import org.candour.delivery.webhook.RefusedDestinationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Delivery will not start without a sound key for sealing secrets, and the guard takes its settings. */
class EndpointConfigurationTest {

    private static final String KEY = "candour.delivery.secret-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Properties.class, EndpointConfiguration.class);

    @Test
    void withoutASecretKeyDeliveryRefusesToStartAndSaysWhichSettingIsMissing() {
        context.run(started -> assertThat(started)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("candour.delivery.secret-key")
                .hasMessageContaining("CANDOUR_DELIVERY_SECRETKEY"));
    }

    @Test
    void aSecretKeyThatIsNot32BytesIsRefusedAtStart() {
        context.withPropertyValues("candour.delivery.secret-key=c2hvcnQ=")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("must be 32 bytes (256 bits), not 5"));
    }

    @Test
    void theGuardRefusesHttpAndLoopbackByDefaultAndTakesTheOperatorsAllowList() {
        context.withPropertyValues(KEY).run(started -> {
            DestinationGuard guard = started.getBean(DestinationGuard.class);
            assertThat(refusal(guard, "http://127.0.0.1/hook")).isEqualTo("The URL must use https.");
            assertThat(refusal(guard, "https://127.0.0.1/hook")).contains("loopback");
        });
        context.withPropertyValues(KEY, "candour.delivery.allow-http=true", "candour.delivery.allow-list=127.0.0.1,::1")
                .run(started -> assertThat(
                                started.getBean(DestinationGuard.class).checkRegistration("http://127.0.0.1:9999/hook"))
                        .hasToString("http://127.0.0.1:9999/hook"));
    }

    private static String refusal(DestinationGuard guard, String url) {
        try {
            guard.checkRegistration(url);
            return "accepted";
        } catch (RefusedDestinationException e) {
            return e.reason();
        }
    }

    @EnableConfigurationProperties(DeliveryProperties.class)
    static class Properties {}
}
