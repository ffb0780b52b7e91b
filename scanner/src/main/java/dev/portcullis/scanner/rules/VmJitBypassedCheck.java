package dev.portcullis.scanner.rules;

import dev.portcullis.scanner.inventory.JitPort;
import dev.portcullis.scanner.inventory.VirtualMachine;
import dev.portcullis.scanner.reachability.InternetReachability;
import dev.portcullis.scanner.reachability.PortExposure;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A port the VM's JIT policy covers must not be reachable from the internet except through JIT's own rules
 * ({@code SecurityCenter-JITRule…}): another Allow that lets the internet in makes JIT decorative.
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
        List<String> bypasses = index.exposures(vm, jitPorts).stream()
                .filter(e -> !e.outsideJit().isEmpty())
                .map(e -> e.describe(e.outsideJit()))
                .toList();
        if (bypasses.isEmpty()) {
            return pass(vm, "JIT ports " + jitPorts + " are reachable from the internet only through JIT's rules. "
                    + InternetReachability.LOAD_BALANCER_NOTE);
        }
        return fail(vm, "JIT is bypassed: " + String.join("; ", bypasses) + ". "
                + InternetReachability.LOAD_BALANCER_NOTE);
    }
}
