package org.candour.routing.feed;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The ICB case feed's settings, under {@code candour.routing.feed}.
 *
 * @param icbClaim the access-token claim that names the ICB a client acts for (its ODS code, such as
 *     {@code QOP}); an organisation's own identity provider may use another name
 */
@Validated
@ConfigurationProperties("candour.routing.feed")
public record FeedProperties(@DefaultValue("icb") @NotBlank String icbClaim) {}
