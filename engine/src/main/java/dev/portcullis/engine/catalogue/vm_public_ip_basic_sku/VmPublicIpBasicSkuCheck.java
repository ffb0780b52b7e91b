package dev.portcullis.engine.catalogue.vm_public_ip_basic_sku;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.checks.VmCheck;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No NIC of the VM carries a Basic-SKU public IP. Basic public IPs were retired on 30 September 2025, and one is open
 * to inbound traffic on every port unless an NSG denies it (Standard is closed unless an NSG allows). A public IP the
 * NIC names but the subscription's list lacks leaves the VM not evaluated. Each failure names, per Basic IP, what its
 * remediation needs: the IP and the NIC IP configuration it must be taken off while it is upgraded.
 */
public final class VmPublicIpBasicSkuCheck implements VmCheck {

    public static final String ID = "vm_public_ip_basic_sku";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings) {
        List<NetworkInterface> nics = index.nicsOf(vm);
        if (nics.isEmpty()) {
            return notApplicable(vm, "No network interface of this VM was listed.");
        }
        List<String> basic = new ArrayList<>();
        List<Map<String, String>> subjects = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        for (NetworkInterface nic : nics) {
            for (IpConfiguration configuration : nic.ipConfigurations()) {
                if (configuration.publicIpAddressId() == null) {
                    continue;
                }
                Optional<PublicIpAddress> ip = index.publicIp(configuration.publicIpAddressId());
                if (ip.isEmpty()) {
                    unlisted.add(ArmIds.lastSegment(configuration.publicIpAddressId()));
                } else if (ip.get().sku() == PublicIpAddress.Sku.BASIC) {
                    basic.add(ip.get().name() + (ip.get().ipAddress() == null ? "" : " (" + ip.get().ipAddress() + ")")
                            + " on " + nic.name());
                    subjects.add(subject(ip.get(), nic, configuration));
                }
            }
        }
        if (!basic.isEmpty()) {
            return fail(vm, "Basic public IP(s) " + String.join(", ", basic) + ": retired on 30 September 2025 and"
                    + " open on every port that no NSG denies.", subjects);
        }
        if (!unlisted.isEmpty()) {
            return new CheckResult(ID, vm.id(), vm.name(), Outcome.NOT_EVALUATED, "Not evaluated: public IP(s) "
                    + String.join(", ", unlisted) + " of the VM's network interfaces were not in the subscription's"
                    + " list, so their SKU is unknown.");
        }
        return pass(vm, "No network interface of the VM carries a Basic public IP.");
    }

    private static Map<String, String> subject(PublicIpAddress ip, NetworkInterface nic,
                                               IpConfiguration configuration) {
        return Map.of("publicIpId", ip.id(), "publicIpName", ip.name(),
                "publicIpResourceGroup", ArmIds.resourceGroupOf(ip.id()), "nicName", nic.name(),
                "nicResourceGroup", ArmIds.resourceGroupOf(nic.id()), "ipConfigurationName", configuration.name());
    }
}
