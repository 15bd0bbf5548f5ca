package org.candour.classification.analysis.taxonomyfile;

import org.candour.classification.ClassificationProperties;
import org.candour.classification.analysis.Classifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Reads the taxonomy, and the domain and term models beside it, once at start-up from {@code candour.classification.taxonomy-location}. */
@Configuration(proxyBeanMethods = false)
class TaxonomyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyConfiguration.class);

    @Bean
    Classifier classifier(ClassificationProperties properties, ResourceLoader resources) {
        Classifier classifier = TaxonomyLoader.classifier(resources.getResource(properties.taxonomyLocation()));
        log.info(
                "Classifying with taxonomy {} from {}, {}, {}",
                classifier.taxonomyVersion(),
                properties.taxonomyLocation(),
                classifier
                        .domainReaderVersion()
                        .map(version -> "domains read again by " + version)
                        .orElse("domains by its rules alone: no " + TaxonomyLoader.DOMAIN_MODEL + " beside it"),
                classifier
                        .termReaderVersion()
                        .map(version -> "the other domains, signals and fitness to practise read again by " + version)
                        .orElse("the other domains, signals and fitness to practise by its rules alone: no "
                                + TaxonomyLoader.TERM_MODEL + " beside it"));
        return classifier;
    }
}
