package org.candour.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EventsArchitectureTest {

    @Test
    void eventsDependOnNoFramework() {
        JavaClasses events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.candour.events");

        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.candour.events..", "java..", "org.jspecify..")
                .check(events);
    }
}
