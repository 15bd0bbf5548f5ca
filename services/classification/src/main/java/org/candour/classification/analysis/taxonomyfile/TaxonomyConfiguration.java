package org.candour.classification.analysis.taxonomyfile;

import org.candour.classification.ClassificationProperties;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Reads the taxonomy once at start-up from {@code candour.classification.taxonomy-location}. */
@Configuration(proxyBeanMethods = false)
class TaxonomyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyConfiguration.class);

    @Bean
    Classifier classifier(ClassificationProperties properties, ResourceLoader resources) {
        Taxonomy taxonomy = TaxonomyLoader.load(resources.getResource(properties.taxonomyLocation()));
        log.info("Classifying with taxonomy {} from {}", taxonomy.version(), properties.taxonomyLocation());
        return new Classifier(taxonomy);
    }
}
