package dev.portcullis.scanner.inventory;

import java.util.List;

/** A VM inside a JIT policy, with the port rules JIT manages for it. */
public record JitVirtualMachine(String id, List<JitPort> ports) {

    public JitVirtualMachine {
        ports = List.copyOf(ports);
    }
}
