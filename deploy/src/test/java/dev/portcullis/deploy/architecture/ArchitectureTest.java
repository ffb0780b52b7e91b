package dev.portcullis.deploy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of shared/DESIGN.md, kept true by the build. */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portcullis");

    @Test
    void checksReachabilityAndInventoryRecordsUseNoFrameworkOrSdkTypes() {
        noClasses().that().resideInAnyPackage("dev.portcullis.scanner.rules..", "dev.portcullis.scanner.inventory..",
                        "dev.portcullis.scanner.findings..", "dev.portcullis.scanner.reachability..")
                .should().dependOnClassesThat().resideInAnyPackage("com.azure..", "jakarta..", "org.hibernate..",
                        "io.quarkus..", "dev.portcullis.persistence..", "com.fasterxml..")
                .check(PRODUCT);
    }

    @Test
    void entitiesStayInsidePersistenceAndTheScannersLedger() {
        noClasses().that().resideInAnyPackage("dev.portcullis.api..", "dev.portcullis.web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Entity")
                .check(PRODUCT);
    }

    @Test
    void apiAndWebDoNotCallEachOther() {
        noClasses().that().resideInAPackage("dev.portcullis.api..")
                .should().dependOnClassesThat().resideInAPackage("dev.portcullis.web..").check(PRODUCT);
        noClasses().that().resideInAPackage("dev.portcullis.web..")
                .should().dependOnClassesThat().resideInAPackage("dev.portcullis.api..").check(PRODUCT);
    }

    @Test
    void productionCodeNeverImportsTheSimulator() {
        noClasses().that().resideOutsideOfPackage("dev.portcullis.simulator..")
                .should().dependOnClassesThat().resideInAPackage("dev.portcullis.simulator..").check(PRODUCT);
    }

    @Test
    void entitiesLiveInPersistence() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAPackage("dev.portcullis.persistence..").check(PRODUCT);
    }
}
