package dev.portcullis.engine.catalogue.vm_jit_source_restricted;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.JitPortRules;
import dev.portcullis.engine.checks.VmCheck;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** No JIT port may let a requester open it to any source address. */
public final class VmJitSourceRestrictedCheck implements VmCheck {

    public static final String ID = "vm_jit_source_restricted";

    private static final Set<String> ANY_SOURCE = Set.of("*", "any", "internet", "0.0.0.0/0", "::/0");

    /** Whether a JIT allowed-source value lets a requester open the port to any address. */
    public static boolean isAnySource(String source) {
        return ANY_SOURCE.contains(source.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings) {
        List<JitPort> rules = JitPortRules.of(vm, index);
        if (rules.isEmpty()) {
            return notApplicable(vm, "The VM has no JIT port rules.");
        }
        List<String> open = new ArrayList<>();
        for (JitPort port : rules) {
            if (port.allowedSources().isEmpty()) {
                open.add(port.number() + " (no allowed source recorded, so it cannot be shown to be restricted)");
            }
            port.allowedSources().stream()
                    .filter(VmJitSourceRestrictedCheck::isAnySource)
                    .findFirst()
                    .ifPresent(source -> open.add(port.number() + " allows '" + source + "'"));
        }
        if (open.isEmpty()) {
            return pass(vm, "Every JIT port restricts its allowed sources.");
        }
        return fail(vm, "JIT allows any source on port " + String.join("; ", open) + ".");
    }
}
