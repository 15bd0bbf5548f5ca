package org.candour.intake.concern.web;

import org.candour.intake.IntakeProperties;
import org.candour.web.RequestSizeLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The API refuses bodies over {@code candour.intake.max-request-bytes} with 413 before anything reads them. */
@Configuration(proxyBeanMethods = false)
class RequestSizeConfiguration {

    @Bean
    RequestSizeLimit requestSizeLimit(IntakeProperties properties, JsonMapper json) {
        return new RequestSizeLimit(
                properties.maxRequestBytes(), "/api/", "Shorten the description and try again.", json);
    }
}
