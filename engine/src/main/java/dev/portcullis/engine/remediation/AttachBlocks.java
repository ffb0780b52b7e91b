package dev.portcullis.engine.remediation;

import dev.portcullis.engine.inventory.ArmIds;
import java.util.List;
import java.util.Map;

/** The code-rendered parts of "filter every NIC with an NSG": one association per unfiltered NIC. */
final class AttachBlocks {

    private AttachBlocks() {
    }

    static Map<String, String> of(VmFacts vm, String nsgName, Map<String, String> messages) {
        List<VmFacts.Nic> unfiltered = vm.nics().stream().filter(VmFacts.Nic::unfiltered).toList();
        String nsgId = "/subscriptions/" + vm.subscriptionId() + "/resourceGroups/" + vm.resourceGroup()
                + "/providers/Microsoft.Network/networkSecurityGroups/" + nsgName;
        if (unfiltered.isEmpty()) {
            String none = messages.get("attach.block.none");
            return Map.of("unfilteredNics", "- " + none + "\n",
                    "attachCli", ScriptText.comment(RemediationFormat.CLI, none),
                    "attachPowershell", ScriptText.comment(RemediationFormat.POWERSHELL, none),
                    "attachTerraform", ScriptText.comment(RemediationFormat.TERRAFORM, none),
                    "attachBicep", ScriptText.comment(RemediationFormat.BICEP, none));
        }
        StringBuilder markdown = new StringBuilder();
        StringBuilder cli = new StringBuilder();
        StringBuilder powershell = new StringBuilder();
        StringBuilder terraform = new StringBuilder();
        StringBuilder bicep = new StringBuilder();
        int n = 0;
        for (VmFacts.Nic nic : unfiltered) {
            n++;
            markdown.append("   - ").append(ScriptText.codeSpan(nic.name())).append(" (resource group ")
                    .append(ScriptText.codeSpan(ArmIds.resourceGroupOf(nic.id()))).append(")\n");
            String cliLine = "az network nic update --ids " + ScriptText.bash(nic.id())
                    + " --network-security-group " + ScriptText.bash(nsgId);
            cli.append(cliLine).append('\n');
            bicep.append(ScriptText.comment(RemediationFormat.BICEP, cliLine)).append('\n');
            powershell.append("$nic = Get-AzNetworkInterface -ResourceId ")
                    .append(ScriptText.powershell(nic.id())).append("\n")
                    .append("$nic.NetworkSecurityGroup = $nsg\n$nic | Set-AzNetworkInterface | Out-Null\n");
            terraform.append("\nresource \"azurerm_network_interface_security_group_association\" \"nic_").append(n)
                    .append("\" {\n  network_interface_id      = ").append(ScriptText.hcl(nic.id()))
                    .append("\n  network_security_group_id = azurerm_network_security_group.vm.id\n}\n");
        }
        return Map.of("unfilteredNics", markdown.toString(), "attachCli", cli.toString().stripTrailing(),
                "attachPowershell", powershell.toString().stripTrailing(),
                "attachTerraform", terraform.toString().stripTrailing(), "attachBicep", bicep.toString().stripTrailing());
    }
}
