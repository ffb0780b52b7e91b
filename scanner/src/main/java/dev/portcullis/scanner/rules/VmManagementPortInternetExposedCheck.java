package dev.portcullis.scanner.rules;

import dev.portcullis.scanner.inventory.VirtualMachine;
import dev.portcullis.scanner.reachability.InternetReachability;
import dev.portcullis.scanner.reachability.PortExposure;
import java.util.List;

/** No management port (22, 3389, 5985, 5986, custom) may be reachable from the internet, whatever the OS. */
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
        List<PortExposure> exposures = index.exposures(vm, settings.managementPorts());
        if (exposures.isEmpty()) {
            return pass(vm, "No management port " + settings.managementPorts() + " is reachable from the internet. "
                    + InternetReachability.LOAD_BALANCER_NOTE);
        }
        List<String> paths = exposures.stream().map(e -> e.describe(e.reachable())).toList();
        return fail(vm, "Reachable from the internet: " + String.join("; ", paths) + ". "
                + InternetReachability.LOAD_BALANCER_NOTE);
    }
}
