package org.candour.classification;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
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
                                "How each concern was tagged by quality domain and graded for harm, with the evidence."))
@ConfigurationPropertiesScan
public class ClassificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClassificationApplication.class, args);
    }
}
