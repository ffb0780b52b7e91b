package dev.portcullis.engine.catalogue.vm_jit_enabled;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.VmCheck;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.checks.InventoryIndex.JitAssignment;
import java.util.List;

/** The VM must be in a JIT policy; without any NSG JIT cannot work, so the check does not apply. */
public final class VmJitEnabledCheck implements VmCheck {

    public static final String ID = "vm_jit_enabled";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings) {
        if (!index.hasAnyNsg(vm)) {
            return notApplicable(vm, "The VM has no NSG; JIT works through NSG rules.");
        }
        List<JitAssignment> assignments = index.jitAssignmentsOf(vm);
        if (assignments.isEmpty()) {
            return fail(vm, "The VM is in no JIT network access policy.");
        }
        return pass(vm, "The VM is in JIT policy " + assignments.get(0).policy().id() + ".");
    }
}
