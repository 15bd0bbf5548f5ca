package org.candour.delivery.endpoint;

import org.candour.delivery.DeliveryProperties;
import org.candour.delivery.webhook.AddressResolver;
import org.candour.delivery.webhook.DestinationGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request-forgery guard, configured once for the service so that registration and sending check
 * addresses alike, and the seal for signing secrets.
 */
@Configuration(proxyBeanMethods = false)
class EndpointConfiguration {

    /** The system's resolver; a bean so that tests can give names addresses without DNS. */
    @Bean
    AddressResolver addressResolver() {
        return AddressResolver.system();
    }

    @Bean
    DestinationGuard destinationGuard(DeliveryProperties properties, AddressResolver addressResolver) {
        return new DestinationGuard(properties.allowHttp(), properties.allowList(), addressResolver);
    }

    @Bean
    SecretSeal secretSeal(DeliveryProperties properties) {
        return new SecretSeal(properties.secretKey());
    }
}
