package dev.portcullis.engine.remediation;

import dev.portcullis.engine.inventory.ArmIds;
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

    /**
     * An exposing rule and the ports it opens; {@code delete}: a rule named like JIT's that no running request
     * proves, which is deleted rather than closed (JIT would not manage it).
     */
    private record Opening(String nsgId, String nsgName, String ruleName, int priority, TreeSet<Integer> ports,
                           boolean delete) {
        String resourceGroup() {
            return ArmIds.resourceGroupOf(nsgId);
        }
    }

    /** A rule or path the remediation cannot close with a command, told in prose. */
    private record Note(Kind kind, String subject, String detail) {
        enum Kind { NO_NSG, FIREWALL, LOAD_BALANCER }

        /** The note as plain text, for a comment (which makes it safe). */
        String text(Map<String, String> messages) {
            return switch (kind) {
                case NO_NSG -> subject + " (" + detail + ") " + messages.get("exposure.block.no_nsg");
                case FIREWALL -> "Firewall " + subject + " DNAT rule " + detail + " "
                        + messages.get("exposure.block.firewall");
                case LOAD_BALANCER -> messages.get("exposure.block.load_balancer") + " " + detail;
            };
        }

        /** The note in Markdown: names in code spans, the address bare only when it is one. */
        String markdown(Map<String, String> messages) {
            return switch (kind) {
                case NO_NSG -> ScriptText.codeSpan(subject) + " (" + ScriptText.markdownWord(detail) + ") "
                        + messages.get("exposure.block.no_nsg");
                case FIREWALL -> "Firewall " + ScriptText.codeSpan(subject) + " DNAT rule "
                        + ScriptText.codeSpan(detail) + " " + messages.get("exposure.block.firewall");
                case LOAD_BALANCER -> messages.get("exposure.block.load_balancer") + " " + ScriptText.codeSpan(detail);
            };
        }
    }

    static Map<String, String> of(VmFacts vm, List<String> adminSources, Map<String, String> messages) {
        Map<String, Opening> openings = new LinkedHashMap<>();
        List<Note> notes = new ArrayList<>();
        for (VmFacts.Exposure e : vm.exposures()) {
            if (e.path() != null && e.path().startsWith("via load balancer")) {
                notes.add(new Note(Note.Kind.LOAD_BALANCER, null, e.path()));
            }
            if (e.nsgId() == null || "NO_NSG".equals(e.place())) {
                notes.add(new Note(Note.Kind.NO_NSG, vm.vmName(), e.publicIp()));
            } else if ("FIREWALL".equals(e.place())) {
                notes.add(new Note(Note.Kind.FIREWALL, e.nsgName(), e.ruleName()));
            } else {
                openings.computeIfAbsent(e.nsgId() + "|" + e.ruleName(), k -> new Opening(e.nsgId(), e.nsgName(),
                        e.ruleName(), e.priority() == null ? 0 : e.priority(), new TreeSet<>(), e.jitRule()))
                        .ports().add(e.port());
            }
        }
        List<Note> distinctNotes = notes.stream().distinct().toList();
        String admin = adminSources.stream().map(ScriptText::bashWord).collect(Collectors.joining(" "));
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
            String close = messages.get(o.delete() ? "exposure.block.delete" : "exposure.block.close") + ' ' + title;
            markdown.append("- ").append(ScriptText.codeSpan(o.nsgName())).append(" / ")
                    .append(ScriptText.codeSpan(o.ruleName())).append(" (priority ").append(o.priority())
                    .append(", ports ").append(o.ports()).append(", resource group ")
                    .append(ScriptText.codeSpan(o.resourceGroup())).append(")\n");
            String rule = "az network nsg rule update --resource-group " + ScriptText.bash(o.resourceGroup())
                    + " --nsg-name " + ScriptText.bash(o.nsgName()) + " --name " + ScriptText.bash(o.ruleName());
            if (o.delete()) {
                String delete = "az network nsg rule delete --resource-group " + ScriptText.bash(o.resourceGroup())
                        + " --nsg-name " + ScriptText.bash(o.nsgName()) + " --name " + ScriptText.bash(o.ruleName());
                cli.append(ScriptText.comment(RemediationFormat.CLI, close)).append('\n').append(delete).append("\n\n");
                powershell.append(ScriptText.comment(RemediationFormat.POWERSHELL, close)).append('\n')
                        .append("Get-AzNetworkSecurityGroup -ResourceGroupName ")
                        .append(ScriptText.powershell(o.resourceGroup())).append(" -Name ")
                        .append(ScriptText.powershell(o.nsgName()))
                        .append(" | Remove-AzNetworkSecurityRuleConfig -Name ").append(ScriptText.powershell(o.ruleName()))
                        .append(" | Set-AzNetworkSecurityGroup | Out-Null\n\n");
                terraform.append(ScriptText.comment(RemediationFormat.TERRAFORM, close)).append('\n')
                        .append(ScriptText.comment(RemediationFormat.TERRAFORM, delete)).append("\n\n");
                bicep.append(ScriptText.comment(RemediationFormat.BICEP, close)).append('\n')
                        .append(ScriptText.comment(RemediationFormat.BICEP, delete)).append("\n\n");
                continue;
            }
            cli.append(ScriptText.comment(RemediationFormat.CLI, close)).append('\n')
                    .append(rule).append(" --access Deny\n")
                    .append(ScriptText.comment(RemediationFormat.CLI, messages.get("exposure.block.narrow")))
                    .append('\n')
                    .append(ScriptText.comment(RemediationFormat.CLI, rule + " --source-address-prefixes " + admin))
                    .append("\n\n");
            powershell.append(ScriptText.comment(RemediationFormat.POWERSHELL, close)).append('\n')
                    .append("$nsg = Get-AzNetworkSecurityGroup -ResourceGroupName ")
                    .append(ScriptText.powershell(o.resourceGroup())).append(" -Name ")
                    .append(ScriptText.powershell(o.nsgName())).append('\n')
                    .append("($nsg.SecurityRules | Where-Object Name -eq ")
                    .append(ScriptText.powershell(o.ruleName())).append(").Access = 'Deny'\n")
                    .append("$nsg | Set-AzNetworkSecurityGroup | Out-Null\n\n");
            terraform.append(ScriptText.comment(RemediationFormat.TERRAFORM, title)).append('\n')
                    .append("resource \"azapi_update_resource\" \"close_rule_").append(n).append("\" {\n")
                    .append("  type        = \"Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01\"\n")
                    .append("  resource_id = ").append(ScriptText.hcl(o.nsgId() + "/securityRules/" + o.ruleName()))
                    .append('\n')
                    .append("  body = {\n    properties = {\n      access = \"Deny\"\n    }\n  }\n}\n\n");
            bicep.append(ScriptText.comment(RemediationFormat.BICEP, title)).append('\n')
                    .append(ScriptText.comment(RemediationFormat.BICEP, "az deployment group create --resource-group "
                            + ScriptText.bash(o.resourceGroup()) + " --template-file main.bicep")).append('\n');
            if (o.priority() <= 100) {
                bicep.append(ScriptText.comment(RemediationFormat.BICEP, messages.get("exposure.block.priority_taken")))
                        .append("\n\n");
            } else {
                bicep.append("resource denyInternet").append(n)
                        .append(" 'Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01' = {\n")
                        .append("  name: ").append(ScriptText.bicep(o.nsgName() + "/Deny-Internet-Above-"
                                + o.ruleName())).append('\n')
                        .append("  properties: {\n    priority: ").append(o.priority() - 1).append('\n')
                        .append("    direction: 'Inbound'\n    access: 'Deny'\n    protocol: 'Tcp'\n")
                        .append("    sourceAddressPrefix: 'Internet'\n    sourcePortRange: '*'\n")
                        .append("    destinationAddressPrefix: '*'\n    destinationPortRanges: [ ")
                        .append(o.ports().stream().map(p -> "'" + p + "'").collect(Collectors.joining(" ")))
                        .append(" ]\n  }\n}\n\n");
            }
        }
        for (Note note : distinctNotes) {
            String text = note.text(messages);
            markdown.append("- ").append(note.markdown(messages)).append('\n');
            cli.append(ScriptText.comment(RemediationFormat.CLI, text)).append('\n');
            powershell.append(ScriptText.comment(RemediationFormat.POWERSHELL, text)).append('\n');
            terraform.append(ScriptText.comment(RemediationFormat.TERRAFORM, text)).append('\n');
            bicep.append(ScriptText.comment(RemediationFormat.BICEP, text)).append('\n');
        }
        return Map.of("exposureRules", markdown.toString(), "exposureCli", cli.toString().stripTrailing(),
                "exposurePowershell", powershell.toString().stripTrailing(),
                "exposureTerraform", terraform.toString().stripTrailing(),
                "exposureBicep", bicep.toString().stripTrailing());
    }
}
