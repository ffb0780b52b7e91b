package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.VirtualMachine;
import java.util.List;
import java.util.Map;

/** A check over one VM, given the subscription's joined inventory. */
public interface VmCheck {

    String id();

    CheckResult evaluate(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings);

    default CheckResult pass(VirtualMachine vm, String detail) {
        return new CheckResult(id(), vm.id(), vm.name(), Outcome.PASS, detail);
    }

    default CheckResult fail(VirtualMachine vm, String detail) {
        return new CheckResult(id(), vm.id(), vm.name(), Outcome.FAIL, detail);
    }

    /** A failure with what its remediation fixes, one map of template values per thing. */
    default CheckResult fail(VirtualMachine vm, String detail, List<Map<String, String>> subjects) {
        return new CheckResult(id(), vm.id(), vm.name(), Outcome.FAIL, detail, subjects);
    }

    default CheckResult notApplicable(VirtualMachine vm, String detail) {
        return new CheckResult(id(), vm.id(), vm.name(), Outcome.NOT_APPLICABLE, detail);
    }
}
