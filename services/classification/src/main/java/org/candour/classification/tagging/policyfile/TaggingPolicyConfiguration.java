package org.candour.classification.tagging.policyfile;

import org.candour.classification.ClassificationProperties;
import org.candour.classification.tagging.TaggingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Reads the tagging policy once at start-up from {@code candour.classification.policy-location}. */
@Configuration(proxyBeanMethods = false)
class TaggingPolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TaggingPolicyConfiguration.class);

    @Bean
    TaggingPolicy taggingPolicy(ClassificationProperties properties, ResourceLoader resources) {
        TaggingPolicy policy = TaggingPolicyLoader.load(
                resources.getResource(properties.policyLocation()), properties.triageThreshold());
        log.info(
                "Tagging with policy {} from {} (triage below confidence {})",
                policy.version(),
                properties.policyLocation(),
                properties.triageThreshold());
        return policy;
    }
}
