package org.candour.delivery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;

@AnalyzeClasses(packages = "org.candour.delivery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A feature package itself, not the adapters beneath it nor the service's shared packages. */
    private static final String FEATURE = "org.candour.delivery.(*)";

    private static final String SHARED_WEB = "org.candour.delivery.web";

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that()
            .resideInAPackage(FEATURE)
            .and()
            .resideOutsideOfPackage(SHARED_WEB)
            .and()
            .areNotMetaAnnotatedWith(Component.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "javax.sql..",
                    "org.apache.kafka..",
                    "org.candour.messaging..",
                    "tools.jackson..")
            .as("domain classes (feature classes that are not Spring beans) are free of Spring, JDBC, Kafka and JSON");

    @ArchTest
    static final ArchRule onlyMessagingAdaptersKnowTheBroker = noClasses()
            .that()
            .resideOutsideOfPackage("..messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.apache.kafka..",
                    "org.springframework.kafka..",
                    "org.springframework.cloud.stream..",
                    "org.springframework.messaging..",
                    "org.candour.messaging..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnTheirAdapters = noClasses()
            .that()
            .resideInAPackage(FEATURE)
            .and()
            .resideOutsideOfPackage(SHARED_WEB)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.candour.delivery.*.messaging..", "org.candour.delivery.*.web..");
}
