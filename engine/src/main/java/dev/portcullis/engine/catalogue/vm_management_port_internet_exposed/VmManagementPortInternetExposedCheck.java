package dev.portcullis.engine.catalogue.vm_management_port_internet_exposed;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.NotEvaluated;
import dev.portcullis.engine.checks.VmCheck;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.reachability.InternetReachability;
import dev.portcullis.engine.reachability.PortExposure;
import java.util.List;

/**
 * No management port (22, 3389, 5985, 5986, custom) may be reachable from the internet, whatever the OS, on any
 * path (public IP, load balancer, firewall DNAT, either IP family), except through JIT's running grants: an approved
 * request's temporary Allow is JIT working, not exposure.
 */
public final class VmManagementPortInternetExposedCheck implements VmCheck {

    public static final String ID = "vm_management_port_internet_exposed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings) {
        if (index.nicsOf(vm).isEmpty()) {
            return notApplicable(vm, "No network interface of this VM was listed.");
        }
        List<PortExposure> exposures = index.exposuresOutsideJit(vm, settings.managementPorts());
        if (!exposures.isEmpty()) {
            List<String> paths = exposures.stream().map(e -> e.describe(e.outsideJit())).toList();
            return fail(vm, "Reachable from the internet: " + String.join("; ", paths) + ". "
                    + InternetReachability.PATHS_NOTE);
        }
        return NotEvaluated.unlessEveryPathWasListed(vm, index, this).orElseGet(() -> pass(vm, "No management port "
                + settings.managementPorts() + " is reachable from the internet outside JIT's running grants. "
                + InternetReachability.PATHS_NOTE));
    }
}
