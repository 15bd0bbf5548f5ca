package org.candour.delivery.endpoint;

import org.candour.delivery.DeliveryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The seal for signing secrets, keyed from configuration. */
@Configuration(proxyBeanMethods = false)
class EndpointConfiguration {

    @Bean
    SecretSeal secretSeal(DeliveryProperties properties) {
        return new SecretSeal(properties.secretKey());
    }
}
