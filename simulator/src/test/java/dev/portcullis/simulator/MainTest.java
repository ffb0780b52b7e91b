package dev.portcullis.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.simulator.estate.LargeEstate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void commandLineDefaultsToAnEphemeralPortAndPagesOf50() {
        Main.LaunchOptions options = Main.LaunchOptions.parse();

        assertThat(options).isEqualTo(new Main.LaunchOptions(0, 50, 0, null, false, false));
    }

    @Test
    void commandLineTakesPortPageSizeLargeVmsAndPortFile() {
        Main.LaunchOptions options = Main.LaunchOptions.parse(
                "--port", "8089", "--page-size", "5", "--large-vms", "100", "--port-file", "/tmp/port");

        assertThat(options).isEqualTo(new Main.LaunchOptions(8089, 5, 100, Path.of("/tmp/port"), false, false));
    }

    @Test
    void commandLineTakesThePrintFlags() {
        assertThat(Main.LaunchOptions.parse("--print-history-table").printHistoryTable()).isTrue();
        assertThat(Main.LaunchOptions.parse("--print-estate-table").printEstateTable()).isTrue();
    }

    @Test
    void commandLineRefusesUnknownFlagsAndMissingOrBadValues() {
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--verbose")).hasMessageContaining("--verbose");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--page-size", "many")).hasMessageContaining("whole number");
    }

    @Test
    void startPrintsTheListeningLineWritesThePortFileAndServesTheLargeSubscription(@TempDir Path dir) throws IOException {
        Path portFile = dir.resolve("simulator.port");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (ArmSimulator sim = Main.start(Main.LaunchOptions.parse("--large-vms", "120", "--page-size", "40",
                "--port-file", portFile.toString()), new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ARM simulator listening on " + sim.baseUrl() + System.lineSeparator());
            assertThat(sim.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(Files.readString(portFile).trim()).isEqualTo(Integer.toString(sim.port()));
            ArmTestClient client = new ArmTestClient(sim.baseUrl());
            assertThat(client.pages("/subscriptions/" + LargeEstate.LARGE_CORP_SUBSCRIPTION_ID
                    + "/providers/Microsoft.Compute/virtualMachines?api-version=1")).hasSize(3);
            assertThat(client.send("POST", "/_simulator/estate?day=0").status()).isEqualTo(200);
            assertThat(client.pages("/subscriptions/" + LargeEstate.LARGE_CORP_SUBSCRIPTION_ID
                    + "/providers/Microsoft.Compute/virtualMachines?api-version=1")).as("on day 0 too").hasSize(3);
        }
    }
}
