package org.candour.classification;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the classification service, under {@code candour.classification}.
 *
 * @param policyLocation where the tagging policy is read at start-up, as a Spring resource
 *     ({@code classpath:…} or {@code file:…}), so that quality leads can change it without a release
 * @param triageThreshold a primary domain confidence below this asks a person to confirm the tags
 */
@Validated
@ConfigurationProperties("candour.classification")
public record ClassificationProperties(
        @NotBlank @DefaultValue("classpath:policy/tagging-policy.json")
        String policyLocation,

        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5")
        double triageThreshold) {}
