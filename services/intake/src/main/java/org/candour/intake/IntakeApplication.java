package org.candour.intake;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Takes concerns from NHS staff, durably, and announces them to the other services. */
@SpringBootApplication
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Candour intake API",
                        version = "v1",
                        description =
                                "Raise a concern about the quality of NHS care and get a reference to follow it."))
@ConfigurationPropertiesScan
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }
}
