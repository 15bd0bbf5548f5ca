package org.candour.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the classification service, under {@code candour.classification}.
 *
 * @param taxonomyLocation where the taxonomy is read at start-up, as a Spring resource ({@code
 *     classpath:…} or {@code file:…}), so that quality leads can change it without a release; the
 *     triage threshold and every cue live in that file
 * @param reviewers the people who may read and review classifications, until sign-in moves to the NHS
 *     identity provider (OAuth2, with routing); none by default, so nobody can until some are configured
 */
@Validated
@ConfigurationProperties("candour.classification")
public record ClassificationProperties(
        @NotBlank @DefaultValue("classpath:taxonomy/taxonomy.json")
        String taxonomyLocation,

        @DefaultValue List<@Valid Reviewer> reviewers) {

    /**
     * A reviewer: a member of the trust quality or Freedom to Speak Up team.
     *
     * @param username how they sign in, and how reviews record them
     * @param passwordHash the bcrypt hash of their password ({@code $2a$}, {@code $2b$} or {@code $2y$}),
     *     never the password itself
     */
    public record Reviewer(
            @NotBlank String username,

            @NotBlank
            @Pattern(
                    regexp = "^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$",
                    message = "must be a bcrypt hash, e.g. from htpasswd -nbBC 12 '' <password>")
            String passwordHash) {}
}
