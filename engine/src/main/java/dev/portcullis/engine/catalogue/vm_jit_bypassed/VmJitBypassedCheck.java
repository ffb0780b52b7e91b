package dev.portcullis.engine.catalogue.vm_jit_bypassed;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.JitPortRules;
import dev.portcullis.engine.checks.NotEvaluated;
import dev.portcullis.engine.checks.VmCheck;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.reachability.InternetReachability;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A port the VM's JIT policy covers must not be reachable from the internet except through JIT's running grants
 * (an Allow named like JIT's rules and proven by a running request, see {@code JitAccess}): any other path — another
 * Allow, a JIT-named rule left behind or wider than approved, a load-balancer or firewall path — makes JIT
 * decorative.
 */
public final class VmJitBypassedCheck implements VmCheck {

    public static final String ID = "vm_jit_bypassed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings) {
        Set<Integer> jitPorts = JitPortRules.of(vm, index).stream().map(JitPort::number)
                .collect(Collectors.toCollection(TreeSet::new));
        if (jitPorts.isEmpty()) {
            return notApplicable(vm, "The VM has no JIT port rules.");
        }
        List<String> bypasses = index.exposuresOutsideJit(vm, jitPorts).stream()
                .map(e -> e.describe(e.outsideJit()))
                .toList();
        if (!bypasses.isEmpty()) {
            return fail(vm, "JIT is bypassed: " + String.join("; ", bypasses) + ". " + InternetReachability.PATHS_NOTE);
        }
        return NotEvaluated.unlessEveryPathWasListed(vm, index, this).orElseGet(() -> pass(vm, "JIT ports " + jitPorts
                + " are reachable from the internet only through JIT's running grants, if at all. "
                + InternetReachability.PATHS_NOTE));
    }
}
