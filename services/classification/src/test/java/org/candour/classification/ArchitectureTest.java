package org.candour.classification;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.candour.classification.tagging.Classifications;
import org.candour.classification.tagging.ClassifyConcern;
import org.candour.classification.triage.ReviewClassification;
import org.candour.classification.triage.Reviews;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String TAGGING = "org.candour.classification.tagging";
    private static final String ANALYSIS = "org.candour.classification.analysis";
    private static final String TRIAGE = "org.candour.classification.triage";

    private static final String[] FRAMEWORKS = {
        "org.springframework..",
        "tools.jackson..",
        "com.fasterxml.jackson..",
        "org.apache.kafka..",
        "java.sql..",
        "org.candour.messaging.."
    };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.candour.classification");

    @Test
    void classificationValuesArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage(TAGGING)
                .and(not(belongToAnyOf(ClassifyConcern.class, Classifications.class)))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("the rules quality leads own must run and be tested without any framework;"
                        + " only the use case and the repository meet Spring")
                .check(CLASSES);
    }

    @Test
    void taggingFeatureDoesNotDependOnItsAdapters() {
        noClasses()
                .that()
                .resideInAPackage(TAGGING)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(TAGGING + ".messaging..", TAGGING + ".web..", ANALYSIS + ".taxonomyfile..")
                .check(CLASSES);
    }

    @Test
    void reviewRulesArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage(TRIAGE)
                .and(not(belongToAnyOf(ReviewClassification.class, Reviews.class)))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("what a review must state and what revision it makes are rules to read and test without"
                        + " any framework; only the use case and the repository meet Spring")
                .check(CLASSES);
    }

    @Test
    void triageFeatureDoesNotDependOnItsAdaptersNorTheTaggingAdapters() {
        noClasses()
                .that()
                .resideInAPackage(TRIAGE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(TRIAGE + ".web..", TAGGING + ".web..", TAGGING + ".messaging..")
                .check(CLASSES);
    }

    @Test
    void textAnalysisIsPlainJavaAndLucene() {
        noClasses()
                .that()
                .resideInAPackage(ANALYSIS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("the classifier and its taxonomy must run, be tested and be benchmarked without any"
                        + " framework; only the taxonomy file adapter meets Spring and Jackson")
                .check(CLASSES);
    }

    @Test
    void textAnalysisDoesNotDependOnItsAdaptersNorOnTheUseCase() {
        noClasses()
                .that()
                .resideInAPackage(ANALYSIS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ANALYSIS + ".taxonomyfile..", TAGGING + "..")
                .check(CLASSES);
    }
}
