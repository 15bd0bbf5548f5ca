package org.candour.delivery;

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

@SpringBootApplication
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Candour delivery API",
                        version = "v1",
                        description = "The notifications owed to the bodies each case was routed to; the endpoints"
                                + " national bodies register for webhooks; and the full case, fetched by the body it"
                                + " was routed to."))
@SecurityScheme(
        name = "body-client",
        type = SecuritySchemeType.OAUTH2,
        description = "A national body's machine client (body-<code>): OAuth2 client credentials; its access token (a"
                + " JWT) carries the body's code in its body claim. The embedded default's authorisation server is at"
                + " http://127.0.0.1:9000.",
        flows =
                @OAuthFlows(
                        clientCredentials =
                                @OAuthFlow(
                                        tokenUrl = "http://127.0.0.1:9000/oauth2/token",
                                        scopes = {
                                            @OAuthScope(
                                                    name = "webhooks.manage",
                                                    description = "Register, pause, resume endpoints and rotate their"
                                                            + " secrets; resend and replay"),
                                            @OAuthScope(
                                                    name = "notifications.read",
                                                    description = "Read the body's cases and its delivery log")
                                        })))
@ConfigurationPropertiesScan
public class DeliveryApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeliveryApplication.class, args);
    }
}
