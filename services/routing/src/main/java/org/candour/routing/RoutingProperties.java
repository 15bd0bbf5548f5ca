package org.candour.routing;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Routing's settings, under {@code candour.routing}.
 *
 * @param policyLocation the routing policy, a Spring resource location; quality leads can point
 *     it at a changed policy without a release
 * @param organisationDirectory a folder with newer {@code icbs.csv} and {@code trust-icb.csv} than
 *     the bundled ones, or instead an NHS ODS ORD export, {@code ods-organisations.json}
 */
@Validated
@ConfigurationProperties("candour.routing")
public record RoutingProperties(
        @DefaultValue("classpath:policy/routing-policy.json")
        String policyLocation,

        @Nullable Path organisationDirectory) {}
