package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.VirtualMachine;
import java.util.List;

/** The JIT port rules that apply to a VM, over every policy that names it. */
public final class JitPortRules {

    private JitPortRules() {
    }

    public static List<JitPort> of(VirtualMachine vm, InventoryIndex index) {
        return index.jitAssignmentsOf(vm).stream().flatMap(a -> a.entry().ports().stream()).toList();
    }
}
