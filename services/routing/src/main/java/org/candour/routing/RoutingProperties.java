package org.candour.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
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
 * @param unknownConcern how long a classification of a concern routing has not seen raised is parked
 */
@Validated
@ConfigurationProperties("candour.routing")
public record RoutingProperties(
        @DefaultValue("classpath:policy/routing-policy.json")
        String policyLocation,

        @Nullable Path organisationDirectory,

        @Valid @DefaultValue UnknownConcern unknownConcern) {

    /**
     * @param waitForRaising how long a classification parked for its concern's raising waits before it is
     *     dead-lettered (it is still routed if the raising comes later). How often that is checked,
     *     {@code candour.routing.unknown-concern.sweep-interval}, is read by the sweep's {@code @Scheduled}, as
     *     the directory's and the policy's refresh intervals are.
     */
    public record UnknownConcern(
            @NotNull @DefaultValue("2m") Duration waitForRaising) {}
}
