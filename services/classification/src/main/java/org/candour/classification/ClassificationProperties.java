package org.candour.classification;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the classification service, under {@code candour.classification}.
 *
 * @param taxonomyLocation where the taxonomy is read at start-up, as a Spring resource ({@code
 *     classpath:…} or {@code file:…}), so that quality leads can change it without a release; the
 *     triage threshold and every cue live in that file
 */
@Validated
@ConfigurationProperties("candour.classification")
public record ClassificationProperties(
        @NotBlank @DefaultValue("classpath:taxonomy/taxonomy.json")
        String taxonomyLocation) {}
