package dev.portcullis.scanner.azure;

import static dev.portcullis.scanner.azure.ArmJson.id;
import static dev.portcullis.scanner.azure.ArmJson.ids;
import static dev.portcullis.scanner.azure.ArmJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.ScaleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps {@code Microsoft.Compute/virtualMachineScaleSets} JSON to {@link ScaleSet}: the orchestration mode and the
 * network profile (NSG, subnet, per-instance public IP, pools and NAT pools). Read as a JSON tree, every field
 * optional; a set without {@code orchestrationMode} is Uniform (ARM's default before Flexible existed).
 */
final class ScaleSetMapper {

    private ScaleSetMapper() {
    }

    static ScaleSet toScaleSet(JsonNode json) {
        JsonNode properties = json.path("properties");
        String id = text(json, "id");
        boolean uniform = !"Flexible".equalsIgnoreCase(text(properties, "orchestrationMode"));
        List<ScaleSet.NicProfile> nics = new ArrayList<>();
        for (JsonNode nic : properties.path("virtualMachineProfile").path("networkProfile")
                .path("networkInterfaceConfigurations")) {
            JsonNode nicProperties = nic.path("properties");
            List<ScaleSet.IpProfile> ips = new ArrayList<>();
            for (JsonNode ip : nicProperties.path("ipConfigurations")) {
                JsonNode ipProperties = ip.path("properties");
                JsonNode publicIp = ipProperties.path("publicIPAddressConfiguration");
                ips.add(new ScaleSet.IpProfile(text(ip, "name"), id(ipProperties.path("subnet")),
                        publicIp.isObject(), "Standard".equalsIgnoreCase(text(publicIp.path("sku"), "name")),
                        ids(ipProperties.path("loadBalancerBackendAddressPools")),
                        ids(ipProperties.path("loadBalancerInboundNatPools"))));
            }
            nics.add(new ScaleSet.NicProfile(text(nic, "name"), id(nicProperties.path("networkSecurityGroup")),
                    ips));
        }
        String name = text(json, "name");
        return new ScaleSet(id, name != null ? name : ArmIds.lastSegment(id), ArmIds.segmentAfter(id, "resourceGroups"),
                text(json, "location"), uniform, nics);
    }

}
