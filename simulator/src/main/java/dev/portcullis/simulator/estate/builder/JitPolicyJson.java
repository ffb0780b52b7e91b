package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;

/** Renders a JIT policy as {@code Microsoft.Security/locations/jitNetworkAccessPolicies} (api-version 2020-01-01) writes it. */
final class JitPolicyJson {

    static final String POLICY_NAME = "default";

    private JitPolicyJson() {
    }

    static String render(
            ResourceGroupBuilder resourceGroup,
            String location,
            List<VmBuilder> vms,
            List<SubscriptionBuilder.JitEntryForDeletedVm> deletedVms) {
        String id = ArmIds.jitPolicy(resourceGroup.subscription.subscriptionId, resourceGroup.name, location, POLICY_NAME);
        return JsonWriter.object(json -> json
                .field("id", id)
                .field("name", POLICY_NAME)
                .field("type", "Microsoft.Security/locations/jitNetworkAccessPolicies")
                .field("location", location)
                .field("kind", "Basic")
                .object("properties", properties -> properties
                        .array("virtualMachines", entries -> {
                            for (VmBuilder vm : vms) {
                                entries.beginObject().field("id", vm.jitIdForm.apply(vm.id()));
                                ports(entries, vm.jitPorts);
                                NicBuilder primary = vm.nics.isEmpty() ? null : vm.nics.get(0);
                                if (vm.jitFirewall != null) {
                                    entries.field("publicIpAddress", vm.jitFirewall.publicAddress());
                                } else if (primary != null && primary.publicIp != null) {
                                    entries.field("publicIpAddress", primary.publicIp.address);
                                }
                                entries.endObject();
                            }
                            for (SubscriptionBuilder.JitEntryForDeletedVm deleted : deletedVms) {
                                entries.beginObject().field("id", deleted.vmId());
                                ports(entries, deleted.ports());
                                entries.endObject();
                            }
                        })
                        .array("requests", requests -> {
                            for (VmBuilder vm : vms) {
                                vm.jitRequests.forEach(request -> request(requests, vm, request));
                            }
                        })
                        .field("provisioningState", "Succeeded")));
    }

    private static void ports(JsonWriter entry, List<JitPort> ports) {
        entry.array("ports", array -> {
            for (JitPort port : ports) {
                array.beginObject()
                        .field("number", port.number())
                        .field("protocol", port.protocol());
                if (port.allowedSourceAddressPrefix() != null) {
                    array.field("allowedSourceAddressPrefix", port.allowedSourceAddressPrefix());
                } else {
                    array.stringArray("allowedSourceAddressPrefixes", port.allowedSourceAddressPrefixes());
                }
                array.field("maxRequestAccessDuration", port.maxRequestAccessDuration()).endObject();
            }
        });
    }

    private static void request(JsonWriter requests, VmBuilder vm, JitRequest request) {
        requests.beginObject()
                .array("virtualMachines", vms -> vms.beginObject()
                        .field("id", vm.id())
                        .array("ports", ports -> {
                            for (JitRequest.Port port : request.ports()) {
                                ports.beginObject()
                                        .field("number", port.number())
                                        .optionalField("allowedSourceAddressPrefix", port.allowedSourceAddressPrefix())
                                        .optionalField("endTimeUtc", port.endTimeUtc())
                                        .field("status", port.status())
                                        .field("statusReason", port.statusReason());
                                if (port.mappedPort() != null) {
                                    ports.field("mappedPort", port.mappedPort());
                                }
                                ports.endObject();
                            }
                        })
                        .endObject())
                .field("startTimeUtc", request.startTimeUtc())
                .field("requestor", request.requestor())
                .optionalField("justification", request.justification())
                .endObject();
    }
}
