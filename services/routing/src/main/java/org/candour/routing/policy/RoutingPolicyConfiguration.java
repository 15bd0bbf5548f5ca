package org.candour.routing.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.candour.organisations.DirectoryFolder;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.RoutingProperties;
import org.candour.routing.policy.policyfile.RoutingPolicyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.core.JacksonException;

/** Reads the routing policy and the organisation directory at start-up, and fails loudly if either is wrong. */
@Configuration(proxyBeanMethods = false)
class RoutingPolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingPolicyConfiguration.class);

    /** The policy in force, at first the one in the file; a newer version in the file replaces it while routing runs. */
    @Bean
    RunningPolicy runningPolicy(RoutingProperties properties, ResourceLoader resources) {
        return new RunningPolicy(routingPolicy(properties, resources));
    }

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

    /**
     * The bundled directory, or the operator's folder's, which {@code DirectoryRefresh} reads again while
     * routing runs.
     */
    @Bean
    OrganisationDirectory organisationDirectory(ObjectProvider<DirectoryFolder> folder) {
        DirectoryFolder operators = folder.getIfAvailable();
        return operators == null ? OrganisationDirectory.bundled() : operators.directory();
    }

    @Bean
    @ConditionalOnProperty("candour.routing.organisation-directory")
    DirectoryFolder directoryFolder(RoutingProperties properties) {
        return new DirectoryFolder(Objects.requireNonNull(properties.organisationDirectory()));
    }
}
