package org.candour.classification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tags raised concerns by quality domain and grades their harm, then announces the classification. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClassificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClassificationApplication.class, args);
    }
}
