package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.ScaleSet;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every check of the catalogue over one subscription's inventory: subscription checks, VM checks per VM (Flexible
 * scale sets' instances among them), scale-set checks per Uniform scale set. Pure: no I/O, no framework.
 */
public final class Evaluator {

    private final CheckCatalogue catalogue;
    private final EvaluationSettings settings;

    public Evaluator(CheckCatalogue catalogue, EvaluationSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    public EvaluationSettings settings() {
        return settings;
    }

    /**
     * Evaluates the inventory as of {@code at} (the scan's start: JIT requests running then are JIT's grants).
     * Results that could not be evaluated ({@link Outcome#NOT_EVALUATED}) are left out: they change no finding.
     */
    public Evaluation evaluate(SubscriptionInventory inventory, Instant at) {
        InventoryIndex index = new InventoryIndex(inventory, at);
        List<CheckResult> results = new ArrayList<>();
        catalogue.subscriptionChecks().forEach(check -> results.add(check.evaluate(inventory)));
        List<VmAssessment> vms = new ArrayList<>(inventory.virtualMachines().size());
        for (VirtualMachine vm : inventory.virtualMachines()) {
            Map<String, Outcome> outcomes = new HashMap<>();
            for (VmCheck check : catalogue.vmChecks()) {
                CheckResult result = check.evaluate(vm, index, settings);
                if (result.outcome() != Outcome.NOT_EVALUATED) {
                    results.add(result);
                }
                outcomes.put(result.checkId(), result.outcome());
            }
            vms.add(VmAssessment.of(vm, index, settings, catalogue.jitVerdict().of(outcomes)));
        }
        for (ScaleSet scaleSet : inventory.scaleSets()) {
            if (scaleSet.uniform()) {
                catalogue.scaleSetChecks().stream().map(check -> check.evaluate(scaleSet, index, settings))
                        .filter(result -> result.outcome() != Outcome.NOT_EVALUATED).forEach(results::add);
            }
        }
        return new Evaluation(results, vms);
    }

    /** All results of one subscription, and each VM's summary. */
    public record Evaluation(List<CheckResult> results, List<VmAssessment> virtualMachines) {
    }
}
