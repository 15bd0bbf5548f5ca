package org.candour.routing;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.OAuthScope;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Routes classified concerns, with reasons, to every body that must act on them. */
@SpringBootApplication
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Candour routing API",
                        version = "v1",
                        description =
                                "The audit timeline of each concern: its classification and the bodies it was routed to, with"
                                        + " reasons; and each ICB's feed of its cases, which its System Quality Group reads"
                                        + " and acknowledges."))
@SecurityScheme(
        name = "machine-client",
        type = SecuritySchemeType.OAUTH2,
        description = "A machine client (an ICB's, or the quality team's): OAuth2 client credentials; an ICB's access"
                + " token (a JWT) carries the ICB's code in its icb claim. The embedded default's authorisation server is"
                + " at http://127.0.0.1:9000.",
        flows =
                @OAuthFlows(
                        clientCredentials =
                                @OAuthFlow(
                                        tokenUrl = "http://127.0.0.1:9000/oauth2/token",
                                        scopes = {
                                            @OAuthScope(name = "cases.read", description = "Read the ICB's cases"),
                                            @OAuthScope(
                                                    name = "cases.acknowledge",
                                                    description = "Acknowledge the ICB's cases"),
                                            @OAuthScope(
                                                    name = "policy.dry-run",
                                                    description = "Try a candidate routing policy (the quality team)")
                                        })))
@ConfigurationPropertiesScan
@EnableScheduling
public class RoutingApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutingApplication.class, args);
    }
}
