package org.candour.authorisation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Issues access tokens to the organisations that read Candour's feeds. Only for the embedded default
 * and development: a deployment points the services at the organisation's own identity provider.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthorisationServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthorisationServerApplication.class, args);
    }
}
