package dev.portcullis.engine.catalogue.vm_jit_covers_management_ports;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.JitPortRules;
import dev.portcullis.engine.checks.VmCheck;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.VirtualMachine;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A VM in JIT must have every management port of its OS (plus the custom ports) in its JIT rules. */
public final class VmJitCoversManagementPortsCheck implements VmCheck {

    public static final String ID = "vm_jit_covers_management_ports";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings) {
        if (index.jitAssignmentsOf(vm).isEmpty()) {
            return notApplicable(vm, "The VM is in no JIT policy.");
        }
        Set<Integer> required = settings.managementPortsFor(vm.osType());
        List<JitPort> rules = JitPortRules.of(vm, index);
        Set<Integer> missing = new TreeSet<>(required);
        rules.forEach(port -> missing.remove(port.number()));
        if (missing.isEmpty()) {
            return pass(vm, "JIT covers ports " + required + ".");
        }
        return fail(vm, "JIT policy lacks management port(s) " + missing + " required for " + vm.osType() + ".");
    }
}
