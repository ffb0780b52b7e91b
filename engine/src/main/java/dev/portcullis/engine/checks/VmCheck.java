package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.VirtualMachine;

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

    default CheckResult notApplicable(VirtualMachine vm, String detail) {
        return new CheckResult(id(), vm.id(), vm.name(), Outcome.NOT_APPLICABLE, detail);
    }
}
