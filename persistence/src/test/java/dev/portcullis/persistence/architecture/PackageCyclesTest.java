package dev.portcullis.persistence.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's packages depend on each other one way only: {@code access} (roles, grants, callers) under
 * {@code account} and {@code audit}, the row readers in {@code sql} under every read model.
 */
class PackageCyclesTest {

    private static final JavaClasses PERSISTENCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portcullis.persistence");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.portcullis.persistence.(*)..").should().beFreeOfCycles().check(PERSISTENCE);
    }
}
