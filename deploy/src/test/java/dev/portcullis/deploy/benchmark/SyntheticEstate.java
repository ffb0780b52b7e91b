package dev.portcullis.deploy.benchmark;

import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.JitPolicy;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.JitVirtualMachine;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.engine.inventory.Pricing;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.SecurityRule;
import dev.portcullis.engine.inventory.Subnet;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.inventory.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A subscription's inventory on a given day of a year, for the history benchmark: VMs in JIT or not, some exposed,
 * with daily churn (a few VMs leave and join JIT, a few are deleted and replaced) so findings open, resolve and reopen
 * as in a real estate. Deterministic.
 */
final class SyntheticEstate {

    private SyntheticEstate() {
    }

    static SubscriptionInventory on(String subscriptionId, int vms, int day) {
        String rg = "/subscriptions/" + subscriptionId + "/resourceGroups/rg-bench";
        String subnetId = rg + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default";
        List<VirtualMachine> machines = new ArrayList<>();
        List<NetworkInterface> nics = new ArrayList<>();
        List<NetworkSecurityGroup> nsgs = new ArrayList<>();
        List<PublicIpAddress> publicIps = new ArrayList<>();
        List<JitVirtualMachine> jit = new ArrayList<>();
        for (int g = 0; g < (vms + 49) / 50; g++) {
            boolean openToInternet = g % 7 == 0;
            List<SecurityRule> rules = new ArrayList<>();
            if (openToInternet) {
                rules.add(new SecurityRule("AllowSSH", 300, SecurityRule.Direction.INBOUND, SecurityRule.Access.ALLOW,
                        "Tcp", List.of("Internet"), List.of(), List.of("*"), List.of(), List.of("22"), false));
            }
            rules.add(new SecurityRule("DenyAllInBound", 65500, SecurityRule.Direction.INBOUND,
                    SecurityRule.Access.DENY, "*", List.of("*"), List.of(), List.of("*"), List.of(), List.of("*"), true));
            nsgs.add(new NetworkSecurityGroup(rg + "/providers/Microsoft.Network/networkSecurityGroups/nsg-" + g,
                    "nsg-" + g, rules));
        }
        for (int i = 0; i < vms; i++) {
            // every 500th VM is replaced every 30 days: the old one is deleted, a new one appears
            int generation = i % 500 == 0 ? day / 30 : 0;
            String name = "vm-" + i + (generation > 0 ? "-g" + generation : "");
            String vmId = rg + "/providers/Microsoft.Compute/virtualMachines/" + name;
            String nicId = rg + "/providers/Microsoft.Network/networkInterfaces/" + name + "-nic";
            String pipId = i % 4 == 0 ? rg + "/providers/Microsoft.Network/publicIPAddresses/" + name + "-pip" : null;
            machines.add(new VirtualMachine(vmId, name, "rg-bench", "japaneast", i % 3 == 0 ? OsType.WINDOWS
                    : OsType.LINUX, List.of(nicId), Map.of()));
            nics.add(new NetworkInterface(nicId, name + "-nic", vmId, nsgs.get(i / 50).id(), List.of(
                    new IpConfiguration(nicId + "/ipConfigurations/ipconfig1", "ipconfig1", "10.0." + (i / 250) + "."
                            + (i % 250 + 4), subnetId, pipId, List.of()))));
            if (pipId != null) {
                publicIps.add(new PublicIpAddress(pipId, name + "-pip", "20.0." + (i / 250) + "." + (i % 250),
                        PublicIpAddress.Sku.STANDARD, null));
            }
            // half the estate is in JIT; a rolling 1% leaves JIT for a week at a time (opens, resolves, reopens)
            boolean inJit = i % 2 == 0 && !((i + day / 7) % 100 == 0);
            if (inJit) {
                boolean windows = i % 3 == 0;
                List<JitPort> ports = windows
                        ? List.of(new JitPort(3389, "*", List.of("10.0.0.0/8"), "PT3H"),
                        new JitPort(5985, "*", List.of("10.0.0.0/8"), "PT1H"),
                        new JitPort(5986, "*", List.of("10.0.0.0/8"), i % 10 == 0 ? "PT3H" : "PT1H"))
                        : List.of(new JitPort(22, "*", List.of(i % 20 == 0 ? "*" : "10.0.0.0/8"), "PT3H"));
                jit.add(new JitVirtualMachine(vmId, ports));
            }
        }
        List<JitPolicy> policies = List.of(new JitPolicy(rg + "/providers/Microsoft.Security/locations/japaneast/"
                + "jitNetworkAccessPolicies/default", "default", "rg-bench", "japaneast", jit, List.of()));
        List<VirtualNetwork> vnets = List.of(new VirtualNetwork(rg + "/providers/Microsoft.Network/virtualNetworks/vnet",
                "vnet", List.of(new Subnet(subnetId, "default", List.of("10.0.0.0/16"), null))));
        List<Pricing> pricings = List.of(new Pricing(Pricing.SERVERS, "Standard", day < 180 ? "P1" : "P2"));
        return new SubscriptionInventory(subscriptionId, machines, nics, nsgs, publicIps, vnets, policies, pricings);
    }
}
