package org.candour.delivery.sending;

import java.security.SecureRandom;
import org.candour.delivery.SendingProperties;
import org.candour.delivery.webhook.DestinationGuard;
import org.candour.delivery.webhook.RetrySchedule;
import org.candour.delivery.webhook.WebhookClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sender's plain-Java parts, made from its settings. */
@Configuration(proxyBeanMethods = false)
class SendingConfiguration {

    /**
     * The guard that checked the URL at registration checks every address its host resolves to again
     * at send time, and the connection goes only to a checked address.
     */
    @Bean(destroyMethod = "close")
    WebhookClient webhookClient(SendingProperties settings, DestinationGuard guard) {
        return new WebhookClient(guard, settings.timeout());
    }

    @Bean
    DeliveryPolicy deliveryPolicy(SendingProperties settings) {
        RetrySchedule schedule = settings.retryDelays().isEmpty()
                ? RetrySchedule.standard()
                : new RetrySchedule(settings.retryDelays(), settings.retryJitter());
        return new DeliveryPolicy(schedule, new SecureRandom());
    }

    @Bean
    EndpointResilience endpointResilience(SendingProperties settings) {
        return new EndpointResilience(settings.circuitBreaker(), settings.bulkhead());
    }
}
