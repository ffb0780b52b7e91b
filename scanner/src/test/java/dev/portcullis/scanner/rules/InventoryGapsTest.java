package dev.portcullis.scanner.rules;

import static dev.portcullis.scanner.rules.InventoryBuilder.aLinuxVm;
import static dev.portcullis.scanner.rules.InventoryBuilder.anInventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.scanner.inventory.InventoryGaps;
import dev.portcullis.scanner.inventory.SubscriptionInventory;
import dev.portcullis.scanner.inventory.VirtualMachine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryGapsTest {

    @Test
    void completeInventoryHasNoGaps() {
        assertThat(InventoryGaps.find(anInventory().withVm(aLinuxVm("web")).build())).isEmpty();
    }

    @Test
    void vmNamingAnUnlistedNicAndAVmWithoutNicsAreReported() {
        SubscriptionInventory base = anInventory().withVm(aLinuxVm("web")).build();
        VirtualMachine orphan = new VirtualMachine(InventoryBuilder.vmId("orphan"), "orphan", "rg", "japaneast",
                dev.portcullis.scanner.inventory.OsType.LINUX, List.of(InventoryBuilder.RG + "/nics/missing"), Map.of());
        VirtualMachine bare = new VirtualMachine(InventoryBuilder.vmId("bare"), "bare", "rg", "japaneast",
                dev.portcullis.scanner.inventory.OsType.LINUX, List.of(), Map.of());
        SubscriptionInventory inventory = new SubscriptionInventory(base.subscriptionId(),
                List.of(base.virtualMachines().get(0), orphan, bare), base.networkInterfaces(),
                base.networkSecurityGroups(), base.publicIpAddresses(), base.virtualNetworks(), base.jitPolicies(),
                base.pricings());

        assertThat(InventoryGaps.find(inventory)).hasSize(2)
                .anySatisfy(gap -> assertThat(gap).contains("orphan").contains("was not listed"))
                .anySatisfy(gap -> assertThat(gap).contains("bare").contains("no network interface"));
    }
}
