package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.VirtualMachine;
import java.util.Optional;

/**
 * Exposure that could not be evaluated is never "safe": when a list of internet entrances (load balancers,
 * firewalls) was refused, a VM found reachable on the known paths still fails, but one found unreachable gets
 * {@link Outcome#NOT_EVALUATED} instead of a pass, which leaves its findings as they are.
 */
public final class NotEvaluated {

    private NotEvaluated() {
    }

    public static Optional<CheckResult> unlessEveryPathWasListed(VirtualMachine vm, InventoryIndex index, VmCheck check) {
        return unlessEveryPathWasListed(check.id(), vm.id(), vm.name(), index);
    }

    /** The same for any resource: a scale set's result is not evaluated for the same reason. */
    public static Optional<CheckResult> unlessEveryPathWasListed(String checkId, String resourceId, String resourceName,
                                                          InventoryIndex index) {
        if (index.unreadLists().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckResult(checkId, resourceId, resourceName, Outcome.NOT_EVALUATED,
                "Not evaluated: no path was found, but ARM refused to list " + String.join(", ", index.unreadLists())
                        + " (the scanning identity lacks Reader on them), so paths through them are unknown."));
    }
}
