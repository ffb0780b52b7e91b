package dev.portcullis.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.simulator.estate.ClusterEstate;
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

        assertThat(options).isEqualTo(new Main.LaunchOptions(0, 50, 0, null, false, false, null, 0, 8, -1));
    }

    @Test
    void commandLineTakesPortPageSizeLargeVmsAndPortFile() {
        Main.LaunchOptions options = Main.LaunchOptions.parse(
                "--port", "8089", "--page-size", "5", "--large-vms", "100", "--port-file", "/tmp/port");

        assertThat(options).isEqualTo(new Main.LaunchOptions(8089, 5, 100, Path.of("/tmp/port"), false, false, null, 0, 8, -1));
    }

    @Test
    void commandLineTakesAClusterEstateOfTenTenantsUnlessToldOtherwise() {
        assertThat(Main.LaunchOptions.parse("--cluster-estate", "200", "500").cluster())
                .isEqualTo(new Main.ClusterSize(200, 500, 10));
        assertThat(Main.LaunchOptions.parse("--tenants", "4", "--cluster-estate", "20", "100").cluster())
                .isEqualTo(new Main.ClusterSize(20, 100, 4));
        assertThat(Main.LaunchOptions.parse("--cluster-estate", "3", "10").cluster())
                .as("no more tenants than subscriptions by default").isEqualTo(new Main.ClusterSize(3, 10, 3));
    }

    @Test
    void aLatencyGivesTheServerEnoughThreadsForRequestsWaitingItOutUnlessThreadsAreGiven() {
        Main.LaunchOptions slow = Main.LaunchOptions.parse("--latency-ms", "100");
        assertThat(slow.latencyMs()).isEqualTo(100);
        assertThat(slow.threads()).isEqualTo(Main.THREADS_WITH_LATENCY);

        assertThat(Main.LaunchOptions.parse("--latency-ms", "100", "--threads", "32").threads()).isEqualTo(32);
        assertThat(Main.LaunchOptions.parse("--threads", "12").threads()).isEqualTo(12);
    }

    @Test
    void activityLogDelayIsTakenFromTheCommandLineAndLeftToTheDefaultOtherwise() {
        assertThat(Main.LaunchOptions.parse("--activity-log-delay-ms", "180000").activityLogDelayMs()).isEqualTo(180000);
        assertThat(Main.LaunchOptions.parse().activityLogDelayMs()).isEqualTo(-1);
    }

    @Test
    void commandLineRefusesClusterOptionsThatDoNotFit() {
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--cluster-estate", "200")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--cluster-estate", "0", "500")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--cluster-estate", "5", "500", "--tenants", "6"))
                .hasMessageContaining("between 1 and 5");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--cluster-estate", "5", "500", "--tenants", "0"))
                .hasMessageContaining("between 1 and 5");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--tenants", "3")).hasMessageContaining("--cluster-estate");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--cluster-estate", "5", "5", "--large-vms", "10"))
                .hasMessageContaining("do not go together");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--latency-ms", "-1")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Main.LaunchOptions.parse("--threads", "0")).hasMessageContaining("at least 1");
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

    @Test
    void startServesTheClusterEstateAloneWithItsLatency() {
        try (ArmSimulator sim = Main.start(Main.LaunchOptions.parse("--cluster-estate", "4", "120", "--tenants", "2",
                "--latency-ms", "50"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            ArmTestClient client = new ArmTestClient(sim.baseUrl());
            assertThat(client.listAll("/tenants?api-version=2022-12-01")).extracting(tenant -> tenant.get("tenantId"))
                    .containsExactly(ClusterEstate.tenantId(0), ClusterEstate.tenantId(1));
            assertThat(client.listAll("/subscriptions?api-version=2022-12-01")).hasSize(4);
            long start = System.nanoTime();
            assertThat(client.pages("/subscriptions/" + ClusterEstate.subscriptionId(3)
                    + "/providers/Microsoft.Compute/virtualMachines?api-version=1")).hasSize(3);
            assertThat(System.nanoTime() - start).as("three pages, 50 ms each at least").isGreaterThanOrEqualTo(150_000_000L);
        }
    }
}
