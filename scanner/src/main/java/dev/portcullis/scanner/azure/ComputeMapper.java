package dev.portcullis.scanner.azure;

import com.azure.resourcemanager.compute.fluent.models.VirtualMachineInner;
import com.azure.resourcemanager.compute.models.NetworkInterfaceReference;
import com.azure.resourcemanager.compute.models.OperatingSystemTypes;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.engine.inventory.VirtualMachine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Maps the SDK's VM model to the scanner's record, tolerating every missing field. */
final class ComputeMapper {

    private ComputeMapper() {
    }

    static VirtualMachine toVirtualMachine(VirtualMachineInner inner) {
        List<String> nicIds = Optional.ofNullable(inner.networkProfile())
                .map(p -> p.networkInterfaces())
                .orElse(List.of())
                .stream()
                .map(NetworkInterfaceReference::id)
                .filter(Objects::nonNull)
                .toList();
        return new VirtualMachine(inner.id(), nameOf(inner), Optional.ofNullable(ArmIds.segmentAfter(inner.id(),
                "resourceGroups")).orElse(""), inner.location(), osTypeOf(inner), nicIds,
                Optional.ofNullable(inner.tags()).map(ComputeMapper::withoutNulls).orElse(Map.of()));
    }

    /**
     * The OS from the OS disk (present even for specialised disks without an OS profile), else from the OS profile's
     * Linux or Windows configuration, else UNKNOWN.
     */
    static OsType osTypeOf(VirtualMachineInner inner) {
        OperatingSystemTypes diskOs = inner.storageProfile() == null || inner.storageProfile().osDisk() == null
                ? null : inner.storageProfile().osDisk().osType();
        if (OperatingSystemTypes.LINUX.equals(diskOs)) {
            return OsType.LINUX;
        }
        if (OperatingSystemTypes.WINDOWS.equals(diskOs)) {
            return OsType.WINDOWS;
        }
        if (inner.osProfile() != null && inner.osProfile().linuxConfiguration() != null) {
            return OsType.LINUX;
        }
        if (inner.osProfile() != null && inner.osProfile().windowsConfiguration() != null) {
            return OsType.WINDOWS;
        }
        return OsType.UNKNOWN;
    }

    private static String nameOf(VirtualMachineInner inner) {
        return inner.name() != null ? inner.name() : ArmIds.lastSegment(inner.id());
    }

    private static Map<String, String> withoutNulls(Map<String, String> tags) {
        return tags.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
