package dev.portcullis.simulator.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EstateTableTest {

    @Test
    void readmeCarriesTheDemoEstateTableAsTheCodeDefinesIt() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme)
                .as("README.md is stale: regenerate with java -jar target/portcullis-simulator-*.jar --print-estate-table")
                .contains(EstateTable.demo());
    }

    @Test
    void readmeCarriesTheHistoryTableAsTheCodeDefinesIt() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme)
                .as("README.md is stale: regenerate with java -jar target/portcullis-simulator-*.jar --print-history-table")
                .contains(EstateTable.history(DemoDays::on));
    }

    @Test
    void tableEscapesMarkupInVmNames() {
        assertThat(EstateTable.demo()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }
}
