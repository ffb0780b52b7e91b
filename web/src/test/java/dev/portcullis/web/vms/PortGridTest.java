package dev.portcullis.web.vms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.persistence.query.VmDetail.Exposure;
import dev.portcullis.persistence.query.VmView;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.web.vms.PortGrid.Row;
import dev.portcullis.web.vms.PortGrid.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortGridTest {

    private static final EvaluationSettings SETTINGS = new EvaluationSettings(Set.of(2222), Duration.ofHours(3),
            Duration.ofHours(1));

    private static VmView vm(String os, String jitStatus, List<Integer> exposed, List<VmView.JitPortView> jit) {
        return new VmView("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm", "vm",
                "rg", "japaneast", null, os, List.of("20.0.0.1"), jitStatus, exposed, jit, 0);
    }

    private static Row row(List<Row> rows, int port) {
        return rows.stream().filter(r -> r.port() == port).findFirst().orElseThrow();
    }

    @Test
    void everyManagementPortAndCustomPortGetsARow() {
        List<Row> rows = PortGrid.of(vm("LINUX", "UNPROTECTED", List.of(), List.of()), List.of(), SETTINGS);

        assertThat(rows).extracting(Row::port).containsExactly(22, 2222, 3389, 5985, 5986);
    }

    @Test
    void anExposedPortNamesEachPathAndTheAllowingRuleAtEachNsg() {
        String path = "via load balancer lb-web frontend 20.0.0.1:50001 (inbound NAT rule nat-ssh) to backend port 22"
                + " of ipconfig1";
        List<Exposure> exposures = List.of(
                new Exposure(22, "20.0.0.1", "/nsg/subnet", "nsg-subnet", "allow-ssh", 300, false, "NSG", path),
                new Exposure(22, "20.0.0.1", "/nsg/nic", "nsg-nic", "allow-any", 100, false, "NSG", path));

        Row ssh = row(PortGrid.of(vm("LINUX", "UNPROTECTED", List.of(22), List.of()), exposures, SETTINGS), 22);

        assertThat(ssh.internet()).isEqualTo(Verdict.FAIL);
        assertThat(ssh.paths()).containsExactly(new PortGrid.Path(path,
                List.of("nsg-subnet / allow-ssh (300)", "nsg-nic / allow-any (100)")));
        assertThat(ssh.jit()).as("22 is required for Linux and not in JIT").isEqualTo(Verdict.FAIL);
        assertThat(row(PortGrid.of(vm("LINUX", "UNPROTECTED", List.of(22), List.of()), exposures, SETTINGS), 3389)
                .jit()).as("3389 is not required for Linux").isEqualTo(Verdict.NONE);
    }

    @Test
    void exposureNotEvaluatedIsUnknownNotSafe() {
        Row ssh = row(PortGrid.of(vm("LINUX", "NOT_APPLICABLE", null, List.of()), List.of(), SETTINGS), 22);

        assertThat(ssh.internet()).isEqualTo(Verdict.UNKNOWN);
        assertThat(ssh.jit()).isEqualTo(Verdict.NONE);
    }

    @Test
    void durationAndSourcesAreJudgedLikeTheChecksIncludingWinRmsShorterLimit() {
        List<VmView.JitPortView> jit = List.of(
                new VmView.JitPortView(3389, "TCP", List.of("10.0.0.0/8"), "PT3H"),
                new VmView.JitPortView(5985, "TCP", List.of("*"), "PT3H"),
                new VmView.JitPortView(5986, "TCP", List.of(), "PT1H"));

        List<Row> rows = PortGrid.of(vm("WINDOWS", "PARTIAL", List.of(), jit), List.of(), SETTINGS);

        assertThat(row(rows, 3389)).extracting(Row::duration, Row::sourcesVerdict)
                .containsExactly(Verdict.PASS, Verdict.PASS);
        assertThat(row(rows, 5985)).extracting(Row::duration, Row::sourcesVerdict)
                .containsExactly(Verdict.FAIL, Verdict.FAIL);
        assertThat(row(rows, 5986)).as("no source recorded cannot be shown to be restricted")
                .extracting(Row::duration, Row::sourcesVerdict).containsExactly(Verdict.PASS, Verdict.FAIL);
    }
}
