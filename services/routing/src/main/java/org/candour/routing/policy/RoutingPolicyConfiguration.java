package org.candour.routing.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.RoutingProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the routing policy and the organisation directory once, at start-up, and fails loudly if either is wrong. */
@Configuration(proxyBeanMethods = false)
class RoutingPolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingPolicyConfiguration.class);

    @Bean
    RoutingPolicy routingPolicy(RoutingProperties properties, ResourceLoader resources, JsonMapper json) {
        Resource location = resources.getResource(properties.policyLocation());
        try (InputStream in = location.getInputStream()) {
            // A misspelt condition must not silently widen a rule.
            RoutingPolicy policy = json.rebuild()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, PolicyDocument.class)
                    .toPolicy();
            log.info(
                    "Routing policy {} loaded from {} ({} rules)",
                    policy.version(),
                    location,
                    policy.rules().size());
            return policy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the routing policy at " + properties.policyLocation(), e);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(
                    "The routing policy at " + properties.policyLocation() + " is not valid: " + e.getMessage(), e);
        }
    }

    @Bean
    OrganisationDirectory organisationDirectory(RoutingProperties properties) {
        return OrganisationDirectory.fromFolderOrBundled(properties.organisationDirectory());
    }

    /** The policy file as quality leads write it; omitted conditions mean "any". */
    record PolicyDocument(String version, @Nullable String description, List<RuleDocument> rules) {
        RoutingPolicy toPolicy() {
            return new RoutingPolicy(
                    version, rules.stream().map(RuleDocument::toRule).toList());
        }
    }

    record RuleDocument(
            Destination destination,
            RoutingRule.Recipient recipient,
            @Nullable Set<ProviderKind> providerKinds,
            @Nullable Set<QualityDomain> domains,
            @Nullable HarmLevel minimumHarm,
            @Nullable Boolean urgentOnly,
            String reason) {
        RoutingRule toRule() {
            return new RoutingRule(
                    destination,
                    recipient,
                    providerKinds == null ? Set.of() : providerKinds,
                    domains == null ? Set.of() : domains,
                    minimumHarm == null ? HarmLevel.NONE : minimumHarm,
                    Boolean.TRUE.equals(urgentOnly),
                    reason);
        }
    }
}
