package dev.portcullis.scanner.rules;

import dev.portcullis.scanner.inventory.JitPort;
import dev.portcullis.scanner.inventory.VirtualMachine;
import java.util.List;

/** The JIT port rules that apply to a VM, over every policy that names it. */
final class JitPortRules {

    private JitPortRules() {
    }

    static List<JitPort> of(VirtualMachine vm, InventoryIndex index) {
        return index.jitAssignmentsOf(vm).stream().flatMap(a -> a.entry().ports().stream()).toList();
    }
}
