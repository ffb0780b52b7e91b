package dev.portcullis.engine.checks;

import static dev.portcullis.engine.checks.EvaluationSettings.RDP;
import static dev.portcullis.engine.checks.EvaluationSettings.SSH;
import static dev.portcullis.engine.checks.EvaluationSettings.WINRM_HTTP;
import static dev.portcullis.engine.checks.EvaluationSettings.WINRM_HTTPS;

import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.vocabulary.OsType;
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
        Set<Integer> required = requiredPorts(vm.osType(), settings);
        List<JitPort> rules = JitPortRules.of(vm, index);
        Set<Integer> missing = new TreeSet<>(required);
        rules.forEach(port -> missing.remove(port.number()));
        if (missing.isEmpty()) {
            return pass(vm, "JIT covers ports " + required + ".");
        }
        return fail(vm, "JIT policy lacks management port(s) " + missing + " required for " + vm.osType() + ".");
    }

    /** The ports JIT must cover for an OS: Linux 22; Windows 3389, 5985, 5986; unknown all four; plus custom. */
    public static Set<Integer> requiredPorts(OsType osType, EvaluationSettings settings) {
        Set<Integer> ports = new TreeSet<>(switch (osType) {
            case LINUX -> Set.of(SSH);
            case WINDOWS -> Set.of(RDP, WINRM_HTTP, WINRM_HTTPS);
            case UNKNOWN -> Set.of(SSH, RDP, WINRM_HTTP, WINRM_HTTPS);
        });
        ports.addAll(settings.customManagementPorts());
        return ports;
    }
}
