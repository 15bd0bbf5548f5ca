package org.candour.intake.concern;

import org.candour.intake.IntakeProperties;
import org.candour.organisations.OrganisationDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationDirectoryConfiguration {

    @Bean
    OrganisationDirectory organisationDirectory(IntakeProperties properties) {
        return OrganisationDirectory.fromFolderOrBundled(properties.organisationDirectory());
    }
}
