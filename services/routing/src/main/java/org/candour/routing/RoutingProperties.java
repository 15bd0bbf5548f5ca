package org.candour.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
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
 * @param unknownConcern how long a classification of a concern routing has not seen raised is parked, and how
 *     long it is kept once dead-lettered
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
     * @param keepDeadLettered how long a parked classification is kept after it was dead-lettered, so that a
     *     raising that comes late still routes it; after that its row is deleted and only the dead letter is
     *     left (replay it if the concern is raised later). The default of 30 days matches the dead-letter
     *     topics' retention in {@code deploy/kubernetes}; less than a day is refused, since a raising delayed
     *     by an ordinary outage (a night, a weekend's start) would then find nothing to route. How often
     *     rows past it are deleted, {@code candour.routing.unknown-concern.prune-interval}, is read by the
     *     pruner's {@code @Scheduled}, as the sweep's interval is.
     */
    public record UnknownConcern(
            @NotNull @DefaultValue("2m") Duration waitForRaising,

            @NotNull
            @DurationMin(
                    days = 1,
                    message = "must be at least 1 day, or a classification whose concern's raising comes a"
                            + " little late after its dead letter would no longer be routed when it comes")
            @DefaultValue("30d")
            Duration keepDeadLettered) {}
}
