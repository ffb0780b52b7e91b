package dev.portcullis.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcullis.simulator.estate.CheckIds;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.Expectation;
import dev.portcullis.simulator.estate.JitStatus;
import dev.portcullis.simulator.estate.SimScaleSet;
import dev.portcullis.simulator.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scale sets as ARM serves them: Uniform sets with their network profile and their instances' NICs
 * listed under the set (not in the subscription's NIC list), Flexible sets whose VMs are ordinary VMs.
 */
class ScaleSetsTest {

    private static final String SUB = "/subscriptions/" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo();

    @Test
    void scaleSetsAreListedWithTheirOrchestrationMode() {
        List<Map<String, Object>> sets = SIM.client().listAll(SUB + "/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=2025-04-01");

        assertThat(sets).extracting(set -> set.get("name"), set -> Json.string(set, "properties", "orchestrationMode"))
                .containsExactly(
                        tuple("vmss-web-public", "Uniform"),
                        tuple("vmss-nat-pool", "Uniform"),
                        tuple("vmss-internal", "Uniform"),
                        tuple("vmss-flex-web", "Flexible"));
    }

    @Test
    void uniformInstancesNicsAreListedUnderTheScaleSetAndNotInTheSubscriptionsNicList() {
        SimScaleSet scaleSet = Estate.demo().scaleSet("vmss-web-public");

        List<Map<String, Object>> nics = SIM.client().listAll(scaleSet.resourceId() + "/networkInterfaces?api-version=2025-03-01");
        List<Map<String, Object>> subscriptionNics = SIM.client().listAll(SUB + "/providers/Microsoft.Network/networkInterfaces?api-version=2025-03-01");

        assertThat(nics).hasSize(2).allSatisfy(nic -> {
            assertThat((String) nic.get("id")).startsWith(scaleSet.resourceId() + "/virtualMachines/").contains("/networkInterfaces/");
            String publicIp = Json.string(Json.objects(nic, "properties", "ipConfigurations").get(0), "properties", "publicIPAddress", "id");
            assertThat(SIM.client().getPath(publicIp, "api-version=2025-03-01").status()).isEqualTo(200);
        });
        assertThat(subscriptionNics).extracting(nic -> (String) nic.get("id")).noneMatch(id -> id.contains("/virtualMachineScaleSets/"));
        assertThat(SIM.client().listAll(scaleSet.resourceId() + "/publicIPAddresses?api-version=2025-03-01"))
                .hasSize(2).allSatisfy(ip -> assertThat(Json.string(ip, "properties", "ipAddress")).startsWith("20.78."));
        assertThat(SIM.client().listAll(Estate.demo().scaleSet("vmss-internal").resourceId()
                + "/publicIPAddresses?api-version=2025-03-01")).isEmpty();
    }

    @Test
    void uniformScaleSetsCarryTheScaleSetCheckAndJitNotSupported() {
        assertThat(Estate.demo().scaleSets())
                .extracting(SimScaleSet::name, SimScaleSet::expected, SimScaleSet::expectedJitStatus)
                .containsExactly(
                        tuple("vmss-web-public", Expectation.FAIL, JitStatus.NOT_SUPPORTED),
                        tuple("vmss-nat-pool", Expectation.FAIL, JitStatus.NOT_SUPPORTED),
                        tuple("vmss-internal", Expectation.PASS, JitStatus.NOT_SUPPORTED));
        assertThat(CheckIds.VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED).isEqualTo("vmss_management_port_internet_exposed");
    }

    @Test
    void flexibleScaleSetVmsAreOrdinaryVmsThatNameTheirScaleSet() {
        Map<String, Object> vm = SIM.client().getPath(Estate.demo().virtualMachine("flex-web-01").resourceId(),
                "api-version=2025-04-01").json();

        assertThat(Json.string(vm, "properties", "virtualMachineScaleSet", "id")).endsWith("/virtualMachineScaleSets/vmss-flex-web");
    }
}
