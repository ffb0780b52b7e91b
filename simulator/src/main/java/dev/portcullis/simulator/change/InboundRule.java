package dev.portcullis.simulator.change;

import dev.portcullis.simulator.estate.ArmCatalog;
import dev.portcullis.simulator.estate.ArmResource;
import dev.portcullis.simulator.estate.builder.SecurityRule;
import dev.portcullis.simulator.json.JsonNode;
import dev.portcullis.simulator.json.JsonWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Adding an inbound Allow rule to a served NSG, as a {@code securityRules/write} would: the rule goes at the end of
 * {@code properties.securityRules} at the lowest free inbound priority from 100 (so it comes before JIT's denies), and
 * the NSG and its rules get a new etag. The NSG's JSON is edited as text; everything else in it stays as rendered.
 */
final class InboundRule {

    static final int FIRST_PRIORITY = 100;
    static final int LAST_PRIORITY = 4096;

    /** The NSG served anew and the id of the rule added to it. */
    record Added(ArmResource nsg, String ruleId) {
    }

    private InboundRule() {
    }

    /**
     * The NSGs on a VM's inbound path: each NIC's subnet's NSG, then the NIC's own, without repeats. Both must
     * allow traffic for it to reach the VM.
     *
     * @throws IllegalArgumentException when the VM is not served or no NSG guards it
     */
    static List<ArmResource> nsgsOf(ArmCatalog catalog, String vmId) {
        JsonNode vm = json(catalog, vmId, "VM");
        Map<String, ArmResource> nsgs = new LinkedHashMap<>();
        for (JsonNode nicRef : vm.at("properties", "networkProfile", "networkInterfaces").map(JsonNode::elements)
                .orElse(List.of())) {
            String nicId = nicRef.text("id").orElseThrow();
            JsonNode nic = json(catalog, nicId, "NIC");
            for (JsonNode configuration : nic.at("properties", "ipConfigurations").map(JsonNode::elements)
                    .orElse(List.of())) {
                configuration.text("properties", "subnet", "id")
                        .flatMap(catalog::find)
                        .flatMap(subnet -> JsonNode.parse(subnet.json()).text("properties", "networkSecurityGroup", "id"))
                        .ifPresent(nsgId -> nsgs.putIfAbsent(ArmResource.key(nsgId), resource(catalog, nsgId)));
            }
            nic.text("properties", "networkSecurityGroup", "id")
                    .ifPresent(nsgId -> nsgs.putIfAbsent(ArmResource.key(nsgId), resource(catalog, nsgId)));
        }
        if (nsgs.isEmpty()) {
            throw new IllegalArgumentException("no network security group guards " + vmId);
        }
        return List.copyOf(nsgs.values());
    }

    /** Adds an inbound Allow of Tcp {@code port} from {@code source} (e.g. {@code Internet} or {@code *}). */
    static Added allow(ArmResource nsg, int port, String source) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        String json = nsg.json();
        JsonNode root = JsonNode.parse(json);
        JsonNode rules = root.at("properties", "securityRules")
                .orElseThrow(() -> new IllegalArgumentException("not an NSG: " + nsg.id()));
        Set<String> names = new HashSet<>();
        Set<Long> inboundPriorities = new HashSet<>();
        for (JsonNode rule : rules.elements()) {
            rule.text("name").ifPresent(name -> names.add(name.toLowerCase(Locale.ROOT)));
            if (rule.text("properties", "direction").filter("Inbound"::equalsIgnoreCase).isPresent()) {
                rule.at("properties", "priority").map(JsonNode::number).ifPresent(inboundPriorities::add);
            }
        }
        int priority = FIRST_PRIORITY;
        while (inboundPriorities.contains((long) priority)) {
            priority++;
        }
        if (priority > LAST_PRIORITY) {
            throw new IllegalArgumentException("no free inbound priority left in " + nsg.id());
        }
        String name = freeName("AllowTcp" + port + "From" + ("*".equals(source) ? "Any" : source.replaceAll("[^A-Za-z0-9]", "")), names);
        String oldEtag = root.at("etag").map(JsonNode::raw)
                .orElseThrow(() -> new IllegalArgumentException("no etag on " + nsg.id()));
        String etag = "W/\"" + UUID.randomUUID() + "\"";
        StringBuilder newEtag = new StringBuilder();
        JsonWriter.appendQuoted(newEtag, etag);
        String ruleJson = SecurityRule.inbound(name).priority(priority).allow().protocol("Tcp")
                .from(source).to("*").port(port)
                .description("Opened by the simulator's changes (a securityRules/write).")
                .build().json(nsg.id(), etag);
        int close = rules.end() - 1;
        String edited = json.substring(0, close) + (rules.elements().isEmpty() ? "" : ",") + ruleJson
                + json.substring(close);
        edited = edited.replace(oldEtag, newEtag.toString());
        return new Added(new ArmResource(nsg.id(), nsg.type(), nsg.subscriptionId(), nsg.resourceGroup(),
                nsg.location(), edited), nsg.id() + "/securityRules/" + name);
    }

    private static String freeName(String wanted, Set<String> taken) {
        String name = wanted;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = wanted + "-" + n;
        }
        return name;
    }

    private static JsonNode json(ArmCatalog catalog, String id, String what) {
        return JsonNode.parse(catalog.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no " + what + " " + id + " is served")).json());
    }

    private static ArmResource resource(ArmCatalog catalog, String id) {
        return catalog.find(id).orElseThrow(() -> new IllegalArgumentException("no NSG " + id + " is served"));
    }
}
