package dev.portcullis.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.engine.vocabulary.FindingStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckCatalogueTest {

    private final CheckCatalogue catalogue = CheckCatalogue.standard();

    @Test
    void everyCheckHasCatalogueDataWithATitleThatIsNotAnEnsure() {
        assertThat(catalogue.definitions()).hasSize(catalogue.vmChecks().size()
                + catalogue.subscriptionChecks().size() + catalogue.scaleSetChecks().size());
        for (CheckDefinition definition : catalogue.definitions()) {
            assertThat(definition.title()).hasSizeBetween(10, 100).doesNotStartWith("Ensure");
            assertThat(definition.description()).isNotBlank();
            assertThat(definition.risk()).isNotBlank();
        }
    }

    @Test
    void everyCheckStatesItsFailureInBothLanguagesApartFromItsRequirement() {
        for (String language : List.of("en", "ja")) {
            for (CheckDefinition definition : catalogue.definitions(language)) {
                assertThat(definition.failTitle()).as(language + " " + definition.id()).isNotBlank()
                        .isNotEqualTo(definition.title()).hasSizeLessThanOrEqualTo(100);
            }
        }
        assertThat(catalogue.definition("vm_management_port_internet_exposed", "ja").orElseThrow().failTitle())
                .isEqualTo("VM の管理ポートがインターネットから到達できる");
    }

    @Test
    void aFindingHeadlineStatesTheFailureUntilTheFindingIsResolved() {
        CheckDefinition exposure = catalogue.require("vm_management_port_internet_exposed");
        assertThat(exposure.headline(FindingStatus.OPEN))
                .isEqualTo("A management port of the VM is reachable from the internet");
        assertThat(exposure.headline(FindingStatus.SUPPRESSED)).isEqualTo(exposure.failTitle());
        assertThat(exposure.headline(FindingStatus.RESOLVED))
                .isEqualTo("No management port of the VM is reachable from the internet");
    }

    @Test
    void checkClassNameIsThePascalCaseOfItsIdPlusCheck() {
        Stream.of(catalogue.vmChecks().stream().map(c -> new Object[] {c.id(), c.getClass()}),
                        catalogue.subscriptionChecks().stream().map(c -> new Object[] {c.id(), c.getClass()}),
                        catalogue.scaleSetChecks().stream().map(c -> new Object[] {c.id(), c.getClass()}))
                .flatMap(s -> s)
                .forEach(pair -> assertThat(((Class<?>) pair[1]).getSimpleName())
                        .isEqualTo(pascalCase((String) pair[0]) + "Check"));
    }

    @Test
    void scopeOfEachDefinitionMatchesTheKindOfCheck() {
        catalogue.vmChecks().forEach(c -> assertThat(catalogue.require(c.id()).scope()).isEqualTo(CheckScope.VM));
        catalogue.subscriptionChecks().forEach(c -> assertThat(catalogue.require(c.id()).scope())
                .isEqualTo(CheckScope.SUBSCRIPTION));
        catalogue.scaleSetChecks().forEach(c -> assertThat(catalogue.require(c.id()).scope())
                .isEqualTo(CheckScope.SCALE_SET));
    }

    @Test
    void complianceMappingsNameOnlyCatalogueChecksAndEveryCheckMapsToAFramework() {
        assertThat(catalogue.definitions().stream().map(CheckDefinition::id).toList())
                .containsAll(CheckCatalogue.checkIdsInComplianceMappings());
        catalogue.definitions().forEach(d -> assertThat(d.frameworks()).as(d.id()).isNotEmpty());
        assertThat(catalogue.require("vm_jit_bypassed").frameworks()).contains("MCSB NS-3", "CIS Azure 6.2");
        assertThat(catalogue.require("subscription_defender_servers_p2").frameworks()).contains("CIS Azure 2.1.1");
    }

    @Test
    void catalogueHoldsACheckForEveryFolderWithACheckProperties() throws IOException {
        Path root = Path.of("src/main/java", CatalogueFiles.ROOT);
        List<String> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(dir -> Files.exists(dir.resolve("check.properties")))
                    .map(dir -> dir.getFileName().toString()).toList();
        }
        assertThat(folders).isNotEmpty();
        assertThat(catalogue.definitions().stream().map(CheckDefinition::id).toList())
                .containsExactlyInAnyOrderElementsOf(folders);
    }

    @Test
    void catalogueKeepsTheOrderOfTheFoldersOrderKeys() {
        assertThat(catalogue.definitions().stream().map(CheckDefinition::id).limit(3).toList())
                .containsExactly("subscription_defender_servers_p2", "vm_nsg_attached",
                        "vm_management_port_internet_exposed");
    }

    @Test
    void aFolderWithoutItsClassStopsTheCatalogueFromLoading() {
        assertThatThrownBy(() -> CatalogueFolder.load("test_folder_without_class"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no class dev.portcullis.engine.catalogue.test_folder_without_class"
                        + ".TestFolderWithoutClassCheck");
    }

    @Test
    void aFolderWithoutItsJapaneseTextsStopsTheCatalogueFromLoading() {
        assertThatThrownBy(() -> CatalogueFolder.load("test_folder_without_japanese"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test_folder_without_japanese/check_ja.properties");
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("_")) {
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return name.toString();
    }
}
