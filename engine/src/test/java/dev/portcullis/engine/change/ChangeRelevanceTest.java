package dev.portcullis.engine.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeRelevanceTest {

    private static ChangeEvent event(String operation, String status) {
        return new ChangeEvent(ChangeSource.ACTIVITY_LOG, "e1", "c1", operation, status,
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg", "s",
                "alice@contoso.com", Instant.parse("2026-11-30T08:00:00Z"));
    }

    @Test
    void aSucceededWriteOrDeleteOfWhatAVerdictReadsMatters() {
        for (String operation : new String[] {
                "Microsoft.Network/networkSecurityGroups/securityRules/write",
                "Microsoft.Network/networkSecurityGroups/delete",
                "Microsoft.Network/networkInterfaces/write",
                "Microsoft.Network/publicIPAddresses/write",
                "Microsoft.Network/virtualNetworks/subnets/write",
                "Microsoft.Network/loadBalancers/inboundNatRules/write",
                "Microsoft.Network/azureFirewalls/write",
                "Microsoft.Network/firewallPolicies/ruleCollectionGroups/write",
                "Microsoft.Compute/virtualMachines/write",
                "Microsoft.Compute/virtualMachineScaleSets/delete",
                "Microsoft.Security/locations/jitNetworkAccessPolicies/write",
                "Microsoft.Security/locations/jitNetworkAccessPolicies/initiate/action",
                "Microsoft.Security/pricings/write"}) {
            assertThat(ChangeRelevance.matters(event(operation, "Succeeded"))).as(operation).isTrue();
        }
    }

    @Test
    void operationNamesMatterInAnyCasingAzureReportsThem() {
        assertThat(ChangeRelevance.matters(event("MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/SECURITYRULES/WRITE",
                "Succeeded"))).isTrue();
        assertThat(ChangeRelevance.matters(event("microsoft.network/networksecuritygroups/write", "succeeded")))
                .isTrue();
    }

    @Test
    void startedFailedOrUnrelatedOperationsDoNotMatter() {
        assertThat(ChangeRelevance.matters(event("Microsoft.Network/networkSecurityGroups/write", "Started")))
                .isFalse();
        assertThat(ChangeRelevance.matters(event("Microsoft.Network/networkSecurityGroups/write", "Failed")))
                .isFalse();
        assertThat(ChangeRelevance.matters(event("Microsoft.Storage/storageAccounts/write", "Succeeded"))).isFalse();
        assertThat(ChangeRelevance.matters(event("Microsoft.Compute/virtualMachines/restart/action", "Succeeded")))
                .as("a restart changes no rule").isFalse();
        assertThat(ChangeRelevance.matters(event("Microsoft.Network/networkInterfaces/join/action", "Succeeded")))
                .isFalse();
        assertThat(ChangeRelevance.matters(event(null, "Succeeded"))).isFalse();
    }
}
