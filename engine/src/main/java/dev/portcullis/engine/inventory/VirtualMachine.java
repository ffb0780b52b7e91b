package dev.portcullis.engine.inventory;

import dev.portcullis.engine.vocabulary.OsType;
import java.util.List;
import java.util.Map;

/** A VM as listed by ARM, reduced to what the checks need. */
public record VirtualMachine(String id, String name, String resourceGroup, String location, OsType osType,
                             List<String> networkInterfaceIds, Map<String, String> tags) {

    public VirtualMachine {
        networkInterfaceIds = List.copyOf(networkInterfaceIds);
        tags = Map.copyOf(tags);
    }
}
