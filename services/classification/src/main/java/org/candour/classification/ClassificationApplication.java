package org.candour.classification;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tags raised concerns by quality domain and grades their harm, then announces the classification. */
@SpringBootApplication
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Candour classification API",
                        version = "v1",
                        description =
                                "How each concern was classified, with the evidence, every revision and the triage"
                                        + " queue where reviewers confirm or correct it."),
        security = @SecurityRequirement(name = "reviewer"))
@SecurityScheme(
        name = "reviewer",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "A reviewer configured under candour.classification.reviewers (interim, until OAuth2)")
@ConfigurationPropertiesScan
public class ClassificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClassificationApplication.class, args);
    }
}
