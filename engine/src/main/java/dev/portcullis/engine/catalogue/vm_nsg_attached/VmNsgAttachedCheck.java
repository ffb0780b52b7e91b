package dev.portcullis.engine.catalogue.vm_nsg_attached;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.VmCheck;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.VirtualMachine;
import java.util.List;

/** Every NIC of the VM must be filtered by an NSG, on the NIC itself or on its subnet. */
public final class VmNsgAttachedCheck implements VmCheck {

    public static final String ID = "vm_nsg_attached";

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
        List<String> unfiltered = nics.stream().filter(nic -> !index.hasNsg(nic)).map(NetworkInterface::name).toList();
        if (unfiltered.isEmpty()) {
            return pass(vm, "Every network interface is filtered by an NSG.");
        }
        return fail(vm, "No NSG on network interface(s) " + String.join(", ", unfiltered)
                + " nor on their subnets.");
    }
}
