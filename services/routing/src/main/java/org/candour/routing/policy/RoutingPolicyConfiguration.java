package org.candour.routing.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.RoutingProperties;
import org.candour.routing.policy.policyfile.RoutingPolicyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.core.JacksonException;

/** Reads the routing policy and the organisation directory once, at start-up, and fails loudly if either is wrong. */
@Configuration(proxyBeanMethods = false)
class RoutingPolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingPolicyConfiguration.class);

    @Bean
    RoutingPolicy routingPolicy(RoutingProperties properties, ResourceLoader resources) {
        Resource location = resources.getResource(properties.policyLocation());
        try (InputStream in = location.getInputStream()) {
            RoutingPolicy policy = RoutingPolicyFile.read(in);
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
}
