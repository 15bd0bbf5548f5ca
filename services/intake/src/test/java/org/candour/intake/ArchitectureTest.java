package org.candour.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

class ArchitectureTest {

    private static final JavaClasses intake = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.candour.intake");

    @Test
    void concernValuesArePlainJava() {
        noClasses()
                .that()
                .haveFullyQualifiedName("org.candour.intake.concern.Concern")
                .or()
                .haveFullyQualifiedName("org.candour.intake.concern.Reference")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "tools.jackson..", "org.apache.kafka..", "java.sql..")
                .check(intake);
    }

    @Test
    void theApiAndTheFormGoThroughTheUseCaseNotTheRepositoryOrTheOutbox() {
        noClasses()
                .that()
                .resideInAnyPackage("..web..", "..form..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("Concerns")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.candour.messaging..")
                .check(intake);
    }

    @Test
    void followUpStepsQuestionsAndTheirWordingArePlainJava() {
        noClasses()
                .that()
                .haveNameMatching(
                        "org\\.candour\\.intake\\.followup\\.(ProgressStep|ProgressWording|Question|ConcernStatus)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "tools.jackson..", "org.apache.kafka..", "java.sql..")
                .check(intake);
    }

    @Test
    void pagesAndApisReadAndWriteThroughUseCasesNeverRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Repository.class)
                .check(intake);
    }
}
