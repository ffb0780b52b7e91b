package dev.portcullis.scanner.remediation;

import static dev.portcullis.scanner.remediation.TemplateRenderer.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The code-rendered parts of "close the internet path": one section per NSG rule that lets the internet in outside
 * JIT, naming the rule. JIT's own rules and paths without any NSG get a note instead of a command.
 */
final class ExposureBlocks {

    private ExposureBlocks() {
    }

    /** An exposing rule and the ports it opens. */
    private record Opening(String nsgId, String nsgName, String ruleName, int priority, TreeSet<Integer> ports) {
        String resourceGroup() {
            return Remediations.resourceGroupOf(nsgId);
        }
    }

    static Map<String, String> of(VmFacts vm, List<String> adminSources, Map<String, String> messages) {
        Map<String, Opening> openings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (VmFacts.Exposure e : vm.exposures()) {
            if (e.nsgId() == null) {
                notes.add(vm.vmName() + " (" + e.publicIp() + ") " + messages.get("exposure.block.no_nsg"));
            } else if (e.jitRule()) {
                notes.add("NSG " + e.nsgName() + " rule " + e.ruleName() + " " + messages.get("exposure.block.jit_rule"));
            } else {
                openings.computeIfAbsent(e.nsgId() + "|" + e.ruleName(), k -> new Opening(e.nsgId(), e.nsgName(),
                        e.ruleName(), e.priority() == null ? 0 : e.priority(), new TreeSet<>())).ports().add(e.port());
            }
        }
        List<String> distinctNotes = notes.stream().distinct().toList();
        String admin = String.join(" ", adminSources);
        StringBuilder markdown = new StringBuilder();
        StringBuilder cli = new StringBuilder();
        StringBuilder powershell = new StringBuilder();
        StringBuilder terraform = new StringBuilder();
        StringBuilder bicep = new StringBuilder();
        int n = 0;
        for (Opening o : openings.values()) {
            n++;
            String title = "NSG " + o.nsgName() + " rule " + o.ruleName() + " (priority " + o.priority() + ", ports "
                    + o.ports().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
            markdown.append("- `").append(o.nsgName()).append("` / `").append(o.ruleName()).append("` (priority ")
                    .append(o.priority()).append(", ports ").append(o.ports()).append(", resource group `")
                    .append(o.resourceGroup()).append("`)\n");
            String rg = escape(o.resourceGroup(), RemediationFormat.CLI);
            String nsg = escape(o.nsgName(), RemediationFormat.CLI);
            String rule = escape(o.ruleName(), RemediationFormat.CLI);
            cli.append("# ").append(messages.get("exposure.block.close")).append(' ').append(title).append('\n')
                    .append("az network nsg rule update --resource-group '").append(rg).append("' --nsg-name '")
                    .append(nsg).append("' --name '").append(rule).append("' --access Deny\n")
                    .append("# ").append(messages.get("exposure.block.narrow")).append('\n')
                    .append("# az network nsg rule update --resource-group '").append(rg).append("' --nsg-name '")
                    .append(nsg).append("' --name '").append(rule).append("' --source-address-prefixes ")
                    .append(admin).append("\n\n");
            powershell.append("# ").append(messages.get("exposure.block.close")).append(' ').append(title).append('\n')
                    .append("$nsg = Get-AzNetworkSecurityGroup -ResourceGroupName '")
                    .append(escape(o.resourceGroup(), RemediationFormat.POWERSHELL)).append("' -Name '")
                    .append(escape(o.nsgName(), RemediationFormat.POWERSHELL)).append("'\n")
                    .append("($nsg.SecurityRules | Where-Object Name -eq '")
                    .append(escape(o.ruleName(), RemediationFormat.POWERSHELL)).append("').Access = 'Deny'\n")
                    .append("$nsg | Set-AzNetworkSecurityGroup | Out-Null\n\n");
            terraform.append("# ").append(title).append('\n')
                    .append("resource \"azapi_update_resource\" \"close_rule_").append(n).append("\" {\n")
                    .append("  type        = \"Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01\"\n")
                    .append("  resource_id = \"").append(escape(o.nsgId() + "/securityRules/" + o.ruleName(),
                            RemediationFormat.TERRAFORM)).append("\"\n")
                    .append("  body = {\n    properties = {\n      access = \"Deny\"\n    }\n  }\n}\n\n");
            bicep.append("// ").append(title).append('\n')
                    .append("// az deployment group create --resource-group '")
                    .append(escape(o.resourceGroup(), RemediationFormat.BICEP)).append("' --template-file main.bicep\n");
            if (o.priority() <= 100) {
                bicep.append("// ").append(messages.get("exposure.block.priority_taken")).append("\n\n");
            } else {
                bicep.append("resource denyInternet").append(n)
                        .append(" 'Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01' = {\n")
                        .append("  name: '").append(escape(o.nsgName() + "/Deny-Internet-Above-" + o.ruleName(),
                                RemediationFormat.BICEP)).append("'\n")
                        .append("  properties: {\n    priority: ").append(o.priority() - 1).append('\n')
                        .append("    direction: 'Inbound'\n    access: 'Deny'\n    protocol: 'Tcp'\n")
                        .append("    sourceAddressPrefix: 'Internet'\n    sourcePortRange: '*'\n")
                        .append("    destinationAddressPrefix: '*'\n    destinationPortRanges: [ ")
                        .append(o.ports().stream().map(p -> "'" + p + "'").collect(Collectors.joining(" ")))
                        .append(" ]\n  }\n}\n\n");
            }
        }
        for (String note : distinctNotes) {
            markdown.append("- ").append(note).append('\n');
            cli.append("# ").append(note).append('\n');
            powershell.append("# ").append(note).append('\n');
            terraform.append("# ").append(note).append('\n');
            bicep.append("// ").append(note).append('\n');
        }
        return Map.of("exposureRules", markdown.toString(), "exposureCli", cli.toString().stripTrailing(),
                "exposurePowershell", powershell.toString().stripTrailing(),
                "exposureTerraform", terraform.toString().stripTrailing(),
                "exposureBicep", bicep.toString().stripTrailing());
    }
}
