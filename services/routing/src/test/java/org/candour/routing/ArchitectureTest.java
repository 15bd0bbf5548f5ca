package org.candour.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses routing = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.candour.routing");

    @Test
    void routingPolicyIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.candour.routing.policy")
                .and()
                .haveSimpleNameNotEndingWith("Configuration")
                .and()
                .areNotNestedClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "tools.jackson..", "org.apache.kafka..", "java.sql..")
                .check(routing);
    }

    @Test
    void theTimelineOnlyReadsAndNeverPublishes() {
        noClasses()
                .that()
                .resideInAPackage("org.candour.routing.timeline..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.candour.messaging..", "org.candour.routing.cases..")
                .check(routing);
    }
}
