package org.candour.routing;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Routes classified concerns, with reasons, to every body that must act on them. */
@SpringBootApplication
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Candour routing API",
                        version = "v1",
                        description =
                                "The audit timeline of each concern: its classification and the bodies it was routed to, with reasons."))
@ConfigurationPropertiesScan
public class RoutingApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutingApplication.class, args);
    }
}
