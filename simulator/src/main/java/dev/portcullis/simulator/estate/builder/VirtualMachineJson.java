package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;
import java.util.Locale;

/** Renders a VM as {@code Microsoft.Compute/virtualMachines} (api-version 2025-04-01) writes it. */
final class VirtualMachineJson {

    private VirtualMachineJson() {
    }

    static String render(VmBuilder vm) {
        SubscriptionBuilder subscription = vm.resourceGroup.subscription;
        String id = vm.id();
        return JsonWriter.object(json -> {
            json.field("name", vm.name)
                    .field("id", id)
                    .field("type", "Microsoft.Compute/virtualMachines")
                    .field("location", vm.location)
                    .stringMap("tags", vm.tags);
            if (vm.zone != null) {
                json.stringArray("zones", List.of(vm.zone));
            }
            json.field("etag", "\"" + (1 + Deterministic.pick("etag" + id, 9)) + "\"");
            systemData(json, id);
            json.object("properties", properties -> {
                properties.field("vmId", Deterministic.guid("vmId" + id))
                        .object("hardwareProfile", hardware -> hardware.field("vmSize", vm.size));
                if (vm.os != OsKind.UNKNOWN && vm.hasOsProfile) {
                    properties.object("securityProfile", security -> security
                            .object("uefiSettings", uefi -> uefi.field("secureBootEnabled", true).field("vTpmEnabled", true))
                            .field("securityType", "TrustedLaunch"));
                }
                properties.object("storageProfile", storage -> storageProfile(storage, vm, subscription));
                if (vm.hasOsProfile) {
                    properties.object("osProfile", osProfile -> osProfile(osProfile, vm));
                }
                if (vm.hasNetworkProfile) {
                    properties.object("networkProfile", network -> network.array("networkInterfaces", nics -> {
                        for (NicBuilder nic : vm.nics) {
                            nics.beginObject()
                                    .field("id", subscription.reference(nic.id()))
                                    .object("properties", p -> p.field("primary", nic.primary).field("deleteOption", "Detach"))
                                    .endObject();
                        }
                    }));
                }
                if (vm.scaleSet != null) {
                    properties.idReference("virtualMachineScaleSet", subscription.reference(vm.scaleSet.id()));
                }
                properties.object("diagnosticsProfile", diagnostics -> diagnostics
                                .object("bootDiagnostics", boot -> boot.field("enabled", true)))
                        .field("provisioningState", "Succeeded")
                        .field("timeCreated", Deterministic.timestamp(id));
            });
        });
    }

    private static void storageProfile(JsonWriter storage, VmBuilder vm, SubscriptionBuilder subscription) {
        boolean fromImage = vm.hasOsProfile;
        if (fromImage) {
            storage.object("imageReference", image -> imageReference(image, vm));
        }
        String diskName = fromImage
                ? vm.resourceName + "_OsDisk_1_" + Deterministic.hex32("disk" + vm.id()).toLowerCase(Locale.ROOT)
                : vm.resourceName + "-osdisk";
        String diskId = subscription.reference(
                subscription.id(vm.resourceGroup.name, "Microsoft.Compute/disks", diskName));
        storage.object("osDisk", disk -> {
            if (vm.os.osType() != null) {
                disk.field("osType", vm.os.osType());
            }
            disk.field("name", diskName)
                    .field("createOption", fromImage ? "FromImage" : "Attach")
                    .field("caching", "ReadWrite")
                    .object("managedDisk", managed -> managed.field("storageAccountType", "Premium_LRS").field("id", diskId))
                    .field("deleteOption", fromImage ? "Delete" : "Detach")
                    .field("diskSizeGB", vm.os == OsKind.WINDOWS ? 127 : 30);
        });
        storage.array("dataDisks", disks -> { })
                .field("diskControllerType", "SCSI");
    }

    private static void imageReference(JsonWriter image, VmBuilder vm) {
        if (vm.os == OsKind.WINDOWS) {
            image.field("publisher", "MicrosoftWindowsServer")
                    .field("offer", "WindowsServer")
                    .field("sku", "2022-datacenter-azure-edition")
                    .field("version", "latest")
                    .field("exactVersion", "20348.2762.241006");
        } else if (Deterministic.pick("image" + vm.name, 4) == 0) {
            image.field("publisher", "RedHat")
                    .field("offer", "RHEL")
                    .field("sku", "9-lvm-gen2")
                    .field("version", "latest")
                    .field("exactVersion", "9.4.2024081415");
        } else {
            image.field("publisher", "Canonical")
                    .field("offer", "0001-com-ubuntu-server-jammy")
                    .field("sku", "22_04-lts-gen2")
                    .field("version", "latest")
                    .field("exactVersion", "22.04.202410020");
        }
    }

    private static void osProfile(JsonWriter osProfile, VmBuilder vm) {
        String computerName = computerName(vm);
        if (vm.os == OsKind.WINDOWS) {
            osProfile.field("computerName", computerName)
                    .field("adminUsername", "azureadmin")
                    .object("windowsConfiguration", windows -> windows
                            .field("provisionVMAgent", true)
                            .field("enableAutomaticUpdates", true)
                            .object("patchSettings", patch -> patch
                                    .field("patchMode", "AutomaticByOS")
                                    .field("assessmentMode", "ImageDefault")
                                    .field("enableHotpatching", false)));
        } else {
            osProfile.field("computerName", computerName)
                    .field("adminUsername", "azureuser")
                    .object("linuxConfiguration", linux -> linux
                            .field("disablePasswordAuthentication", true)
                            .object("ssh", ssh -> ssh.array("publicKeys", keys -> keys.beginObject()
                                    .field("path", "/home/azureuser/.ssh/authorized_keys")
                                    .field("keyData", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + Deterministic.hex32("key" + vm.name) + " azureuser")
                                    .endObject()))
                            .field("provisionVMAgent", true)
                            .object("patchSettings", patch -> patch
                                    .field("patchMode", "ImageDefault")
                                    .field("assessmentMode", "ImageDefault")));
        }
        osProfile.array("secrets", secrets -> { })
                .field("allowExtensionOperations", true)
                .field("requireGuestProvisionSignal", true);
    }

    private static String computerName(VmBuilder vm) {
        String name = vm.resourceName.replaceAll("[^A-Za-z0-9-]", "");
        return vm.os == OsKind.WINDOWS && name.length() > 15 ? name.substring(0, 15) : name;
    }

    static void systemData(JsonWriter json, String id) {
        String created = Deterministic.timestamp(id);
        json.object("systemData", data -> data
                .field("createdBy", "deploy@example.com")
                .field("createdByType", "User")
                .field("createdAt", created)
                .field("lastModifiedBy", "deploy@example.com")
                .field("lastModifiedByType", "User")
                .field("lastModifiedAt", created));
    }
}
