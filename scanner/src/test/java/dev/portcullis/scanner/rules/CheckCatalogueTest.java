package dev.portcullis.scanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckCatalogueTest {

    private final CheckCatalogue catalogue = CheckCatalogue.standard();

    @Test
    void everyCheckHasCatalogueDataWithATitleThatIsNotAnEnsure() {
        assertThat(catalogue.definitions()).hasSize(catalogue.vmChecks().size()
                + catalogue.subscriptionChecks().size());
        for (CheckDefinition definition : catalogue.definitions()) {
            assertThat(definition.title()).hasSizeBetween(10, 100).doesNotStartWith("Ensure");
            assertThat(definition.description()).isNotBlank();
            assertThat(definition.risk()).isNotBlank();
        }
    }

    @Test
    void checkClassNameIsThePascalCaseOfItsIdPlusCheck() {
        Stream.concat(catalogue.vmChecks().stream().map(c -> new Object[] {c.id(), c.getClass()}),
                catalogue.subscriptionChecks().stream().map(c -> new Object[] {c.id(), c.getClass()}))
                .forEach(pair -> assertThat(((Class<?>) pair[1]).getSimpleName())
                        .isEqualTo(pascalCase((String) pair[0]) + "Check"));
    }

    @Test
    void scopeOfEachDefinitionMatchesTheKindOfCheck() {
        catalogue.vmChecks().forEach(c -> assertThat(catalogue.require(c.id()).scope()).isEqualTo(CheckScope.VM));
        catalogue.subscriptionChecks().forEach(c -> assertThat(catalogue.require(c.id()).scope())
                .isEqualTo(CheckScope.SUBSCRIPTION));
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("_")) {
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return name.toString();
    }
}
