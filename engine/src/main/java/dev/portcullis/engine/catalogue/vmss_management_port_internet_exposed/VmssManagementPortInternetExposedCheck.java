package dev.portcullis.engine.catalogue.vmss_management_port_internet_exposed;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.NotEvaluated;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.checks.ScaleSetCheck;
import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.ScaleSet;
import dev.portcullis.engine.reachability.InternetReachability;
import dev.portcullis.engine.reachability.PortExposure;
import java.util.ArrayList;
import java.util.List;

/**
 * No management port of a Uniform scale set's instances may be reachable from the internet: through a public IP per
 * instance, a load balancer's NAT pool or rule, past the profile's NSG and the subnet's. JIT cannot help (its API takes
 * only virtual machines, and Uniform instances are not), so the VM's JIT status for such instances is NOT_SUPPORTED
 * and the remedy is Azure Bastion or closing the path.
 */
public final class VmssManagementPortInternetExposedCheck implements ScaleSetCheck {

    public static final String ID = "vmss_management_port_internet_exposed";
    static final String JIT_NOT_SUPPORTED = "JIT status: NOT_SUPPORTED (JIT takes only virtual machines, not the"
            + " instances of a Uniform scale set): reach them through Azure Bastion and close the path.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(ScaleSet scaleSet, InventoryIndex index, EvaluationSettings settings) {
        List<PortExposure> exposures = new ArrayList<>();
        for (ScaleSet.NicProfile nic : scaleSet.nicProfiles()) {
            for (ScaleSet.IpProfile ip : nic.ipConfigurations()) {
                IpConfiguration profile = new IpConfiguration(null, nic.name() + "/" + ip.name(), null,
                        ip.subnetId(), null, List.of(), ip.poolIds(), List.of());
                exposures.addAll(index.reachability().scaleSetExposures(nic.nsgId(), profile,
                        ip.publicIpPerInstance(), ip.publicIpStandard(), ip.natPoolIds(), settings.managementPorts()));
            }
        }
        if (!exposures.isEmpty()) {
            List<String> paths = exposures.stream().map(e -> e.describe(e.reachable())).toList();
            return result(scaleSet, Outcome.FAIL, "Reachable from the internet: " + String.join("; ", paths) + ". "
                    + JIT_NOT_SUPPORTED);
        }
        return NotEvaluated.unlessEveryPathWasListed(ID, scaleSet.id(), scaleSet.name(), index)
                .orElseGet(() -> result(scaleSet, Outcome.PASS, "No management port " + settings.managementPorts()
                        + " of the instances is reachable from the internet. " + InternetReachability.PATHS_NOTE
                        + " " + JIT_NOT_SUPPORTED));
    }
}
