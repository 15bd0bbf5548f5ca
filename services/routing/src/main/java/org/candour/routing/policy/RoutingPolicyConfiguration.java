package org.candour.routing.policy;

import java.util.Objects;
import org.candour.organisations.DirectoryFolder;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.RoutingProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the organisation directory at start-up, and fails loudly if it is wrong. The routing policy in
 * force is chosen and recorded by {@code change.PolicySwitches}.
 */
@Configuration(proxyBeanMethods = false)
class RoutingPolicyConfiguration {

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
