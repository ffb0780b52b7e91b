package dev.portcullis.deploy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module rules of shared/DESIGN.md, kept true by the build. */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portcullis");

    @Test
    void theEngineIsPlainJava() {
        noClasses().that().resideInAPackage("dev.portcullis.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("com.azure..", "jakarta..", "javax..",
                        "org.hibernate..", "io.quarkus..", "io.smallrye..", "io.micrometer..", "io.vertx..",
                        "org.eclipse.microprofile..", "org.jboss..", "com.fasterxml..", "dev.portcullis.persistence..",
                        "dev.portcullis.scanner..", "dev.portcullis.notifications..", "dev.portcullis.api..",
                        "dev.portcullis.web..", "dev.portcullis.deploy..")
                .check(PRODUCT);
    }

    @Test
    void modulesDependOnlyDownwardsFromDeployToEngine() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("dev.portcullis..")
                .layer("engine").definedBy("dev.portcullis.engine..")
                .layer("persistence").definedBy("dev.portcullis.persistence..")
                .layer("scanner").definedBy("dev.portcullis.scanner..")
                .layer("notifications").definedBy("dev.portcullis.notifications..")
                .layer("api").definedBy("dev.portcullis.api..")
                .layer("web").definedBy("dev.portcullis.web..")
                .layer("deploy").definedBy("dev.portcullis.deploy..")
                .whereLayer("deploy").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("deploy")
                .whereLayer("web").mayOnlyBeAccessedByLayers("deploy")
                .whereLayer("scanner").mayOnlyBeAccessedByLayers("api", "web", "deploy")
                .whereLayer("notifications").mayOnlyBeAccessedByLayers("api", "web", "deploy")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("scanner", "notifications", "api", "web", "deploy")
                .check(PRODUCT);
    }

    @Test
    void packagesOfEveryModuleAreFreeOfCycles() {
        slices().matching("dev.portcullis.(*).(*)..").should().beFreeOfCycles().check(PRODUCT);
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

    /**
     * The CSRF filter checks form bodies only, and the API takes no cookie: so every API write takes JSON and nothing
     * else, and every page POST a form and nothing else. Any other body is refused (415) before the method runs.
     */
    @Test
    void apiWritesConsumeOnlyJsonAndPagePostsOnlyForms() {
        methods().that(WRITES).and().areDeclaredInClassesThat().resideInAPackage("dev.portcullis.api..")
                .should(consumeOnly(MediaType.APPLICATION_JSON)).check(PRODUCT);
        methods().that(WRITES).and().areDeclaredInClassesThat().resideInAnyPackage("dev.portcullis.web..",
                        "dev.portcullis.deploy..")
                .should(consumeOnly(MediaType.APPLICATION_FORM_URLENCODED)).check(PRODUCT);
    }

    private static final DescribedPredicate<JavaMethod> WRITES = DescribedPredicate.describe("are HTTP writes",
            method -> List.of(POST.class, PUT.class, PATCH.class, DELETE.class).stream()
                    .anyMatch(method::isAnnotatedWith));

    private static ArchCondition<JavaMethod> consumeOnly(String mediaType) {
        return new ArchCondition<>("consume only " + mediaType) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean only = method.tryGetAnnotationOfType(Consumes.class)
                        .map(consumes -> Arrays.asList(consumes.value()).equals(List.of(mediaType))).orElse(false);
                events.add(new SimpleConditionEvent(method, only, method.getFullName() + " must be annotated"
                        + " @Consumes(\"" + mediaType + "\")"));
            }
        };
    }
}
