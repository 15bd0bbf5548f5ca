package org.candour.delivery.web;

import org.candour.web.RequestSizeLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The bodies' API refuses request bodies over 16 KiB with 413 before anything parses them. */
@Configuration(proxyBeanMethods = false)
class RequestSizeConfiguration {

    /** An endpoint's registration, the largest body the bodies send, fits in far less. */
    static final int MAX_BYTES = 16 * 1024;

    @Bean
    RequestSizeLimit requestSizeLimit(JsonMapper json) {
        return new RequestSizeLimit(MAX_BYTES, "/api/v1/bodies/", "An endpoint's registration fits in far less.", json);
    }
}
