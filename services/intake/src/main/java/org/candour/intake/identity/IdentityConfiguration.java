package org.candour.intake.identity;

import java.util.Map;
import org.candour.intake.IntakeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    IdentityVault identityVault(IntakeProperties properties) {
        return new IdentityVault(properties.identityKeys().stream()
                .map(key -> Map.entry(key.id(), key.secret()))
                .toList());
    }
}
