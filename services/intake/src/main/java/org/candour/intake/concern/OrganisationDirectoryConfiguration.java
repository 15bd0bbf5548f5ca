package org.candour.intake.concern;

import java.io.UncheckedIOException;
import java.util.Objects;
import org.candour.intake.IntakeProperties;
import org.candour.organisations.DirectoryFolder;
import org.candour.organisations.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The bundled organisation directory, or the operator's folder's, read again every
 * {@code candour.intake.organisation-directory-refresh} (30 s) so that a trust added there can be chosen
 * on the form without a release. Routing records each change; intake logs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OrganisationDirectoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OrganisationDirectoryConfiguration.class);

    @Bean
    OrganisationDirectory organisationDirectory(ObjectProvider<DirectoryFolder> folder) {
        DirectoryFolder operators = folder.getIfAvailable();
        return operators == null ? OrganisationDirectory.bundled() : operators.directory();
    }

    @Bean
    @ConditionalOnProperty("candour.intake.organisation-directory")
    DirectoryFolder directoryFolder(IntakeProperties properties) {
        return new DirectoryFolder(Objects.requireNonNull(properties.organisationDirectory()));
    }

    @Bean
    @ConditionalOnProperty("candour.intake.organisation-directory")
    Refresh directoryRefresh(DirectoryFolder folder) {
        return new Refresh(folder);
    }

    /** Swaps in the folder's files when they change; refuses, and keeps the directory in use, when they are not valid. */
    static final class Refresh {

        private final DirectoryFolder folder;

        Refresh(DirectoryFolder folder) {
            this.folder = folder;
        }

        @Scheduled(
                initialDelayString = "${candour.intake.organisation-directory-refresh:30s}",
                fixedDelayString = "${candour.intake.organisation-directory-refresh:30s}")
        void refresh() {
            try {
                folder.refresh()
                        .ifPresent(change -> log.info(
                                "Organisation directory in {} changed: {}", folder.folder(), change.changes()));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                log.error(
                        "Organisation directory in {} refused; the directory in use stays: {}",
                        folder.folder(),
                        e.getMessage());
            }
        }
    }
}
