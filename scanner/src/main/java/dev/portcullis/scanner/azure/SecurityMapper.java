package dev.portcullis.scanner.azure;

import static dev.portcullis.scanner.azure.ArmJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.JitPolicy;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.JitRequest;
import dev.portcullis.engine.inventory.JitVirtualMachine;
import dev.portcullis.engine.inventory.Pricing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;

/**
 * Maps {@code Microsoft.Security} JSON (JIT policies, pricings) to records. The Security management library is not
 * available here, so these payloads are read as JSON trees; every field is optional.
 */
final class SecurityMapper {

    private static final Logger LOG = Logger.getLogger(SecurityMapper.class);

    private SecurityMapper() {
    }

    static JitPolicy toJitPolicy(JsonNode json) {
        String id = text(json, "id");
        JsonNode properties = json.path("properties");
        List<JitVirtualMachine> vms = new ArrayList<>();
        for (JsonNode vm : properties.path("virtualMachines")) {
            List<JitPort> ports = new ArrayList<>();
            for (JsonNode port : vm.path("ports")) {
                if (!port.path("number").canConvertToInt()) {
                    LOG.warnf("JIT policy %s has a port without a number for VM %s; it is ignored", id,
                            text(vm, "id"));
                    continue;
                }
                ports.add(new JitPort(port.path("number").asInt(), text(port, "protocol"), sources(port),
                        text(port, "maxRequestAccessDuration")));
            }
            vms.add(new JitVirtualMachine(text(vm, "id"), ports, text(vm, "publicIpAddress")));
        }
        List<JitRequest> requests = new ArrayList<>();
        for (JsonNode request : properties.path("requests")) {
            requests.add(toRequest(request));
        }
        String location = Optional.ofNullable(text(json, "location")).orElse(ArmIds.segmentAfter(id, "locations"));
        return new JitPolicy(id, text(json, "name"), ArmIds.segmentAfter(id, "resourceGroups"), location, vms,
                requests);
    }

    private static JitRequest toRequest(JsonNode request) {
        List<JitRequest.RequestedVm> vms = new ArrayList<>();
        for (JsonNode vm : request.path("virtualMachines")) {
            List<JitRequest.RequestedPort> ports = new ArrayList<>();
            for (JsonNode port : vm.path("ports")) {
                ports.add(new JitRequest.RequestedPort(port.path("number").asInt(), sources(port),
                        text(port, "endTimeUtc"), text(port, "status"), text(port, "statusReason"),
                        port.path("mappedPort").canConvertToInt() ? port.path("mappedPort").asInt() : null));
            }
            vms.add(new JitRequest.RequestedVm(text(vm, "id"), ports));
        }
        return new JitRequest(text(request, "requestor"), text(request, "justification"),
                text(request, "startTimeUtc"), vms);
    }

    /** {@code allowedSourceAddressPrefix} (a string) and {@code allowedSourceAddressPrefixes} (a list) merged. */
    private static List<String> sources(JsonNode port) {
        List<String> plural = StreamSupport.stream(port.path("allowedSourceAddressPrefixes").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
        return NetworkMapper.union(text(port, "allowedSourceAddressPrefix"), plural);
    }

    static Pricing toPricing(JsonNode json) {
        JsonNode properties = json.path("properties");
        String name = Optional.ofNullable(text(json, "name")).orElse(ArmIds.lastSegment(text(json, "id")));
        return new Pricing(name, text(properties, "pricingTier"), text(properties, "subPlan"));
    }

}
