package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.ScaleSet;

/** A check over one Uniform scale set, judged from the network profile its instances get. */
public interface ScaleSetCheck {

    String id();

    CheckResult evaluate(ScaleSet scaleSet, InventoryIndex index, EvaluationSettings settings);

    default CheckResult result(ScaleSet scaleSet, Outcome outcome, String detail) {
        return new CheckResult(id(), scaleSet.id(), scaleSet.name(), outcome, detail);
    }
}
