package dev.portcullis.scanner.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.inventory.JitPolicy;
import dev.portcullis.engine.inventory.JitRequest;
import dev.portcullis.engine.inventory.Pricing;
import org.junit.jupiter.api.Test;

class SecurityMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY_ID = "/subscriptions/s/resourceGroups/RG-Web/providers/Microsoft.Security/"
            + "locations/japaneast/jitNetworkAccessPolicies/default";

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void singularAndPluralSourceFormsAreBothRead() throws Exception {
        JitPolicy policy = SecurityMapper.toJitPolicy(json("""
                {'id': '%s', 'name': 'default', 'location': 'japaneast', 'kind': 'Basic', 'properties': {
                  'virtualMachines': [{'id': '/subscriptions/s/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/web',
                    'ports': [
                      {'number': 22, 'protocol': '*', 'allowedSourceAddressPrefix': '10.0.0.0/8', 'maxRequestAccessDuration': 'PT3H'},
                      {'number': 3389, 'protocol': 'TCP', 'allowedSourceAddressPrefixes': ['203.0.113.7', '198.51.100.0/24'],
                       'maxRequestAccessDuration': 'P1D'}]}],
                  'provisioningState': 'Succeeded'}}""".formatted(POLICY_ID)));

        assertThat(policy.resourceGroup()).isEqualTo("RG-Web");
        assertThat(policy.location()).isEqualTo("japaneast");
        assertThat(policy.virtualMachines().get(0).ports().get(0).allowedSources()).containsExactly("10.0.0.0/8");
        assertThat(policy.virtualMachines().get(0).ports().get(1).allowedSources())
                .containsExactly("203.0.113.7", "198.51.100.0/24");
        assertThat(policy.virtualMachines().get(0).ports().get(1).maxRequestAccessDuration()).isEqualTo("P1D");
    }

    @Test
    void requestHistoryIsRead() throws Exception {
        JitPolicy policy = SecurityMapper.toJitPolicy(json("""
                {'id': '%s', 'properties': {'virtualMachines': [], 'requests': [
                  {'virtualMachines': [{'id': 'vm1', 'ports': [{'number': 22, 'allowedSourceAddressPrefix': '153.120.40.17',
                    'endTimeUtc': '2026-11-20T10:00:00Z', 'status': 'Revoked', 'statusReason': 'Expired'}]}],
                   'startTimeUtc': '2026-11-20T07:00:00Z', 'requestor': 'ops@contoso.com', 'justification': 'patching'}]}}"""
                .formatted(POLICY_ID)));

        JitRequest request = policy.requests().get(0);
        assertThat(request.requestor()).isEqualTo("ops@contoso.com");
        assertThat(request.justification()).isEqualTo("patching");
        assertThat(request.virtualMachines().get(0).ports().get(0).statusReason()).isEqualTo("Expired");
        assertThat(request.virtualMachines().get(0).ports().get(0).allowedSources()).containsExactly("153.120.40.17");
        assertThat(policy.location()).isEqualTo("japaneast");
    }

    @Test
    void portWithoutNumberIsSkippedNotFatal() throws Exception {
        JitPolicy policy = SecurityMapper.toJitPolicy(json("""
                {'id': '%s', 'properties': {'virtualMachines': [{'id': 'vm1', 'ports': [{'protocol': '*'},
                  {'number': 22, 'maxRequestAccessDuration': 'PT1H'}]}]}}""".formatted(POLICY_ID)));

        assertThat(policy.virtualMachines().get(0).ports()).hasSize(1);
    }

    @Test
    void pricingWithSubPlanAndStringExtensionFlag() throws Exception {
        Pricing pricing = SecurityMapper.toPricing(json("""
                {'id': '/subscriptions/s/providers/Microsoft.Security/pricings/VirtualMachines', 'name': 'VirtualMachines',
                 'properties': {'pricingTier': 'Standard', 'subPlan': 'P2', 'freeTrialRemainingTime': 'PT0S',
                   'extensions': [{'name': 'MdeDesignatedSubscription', 'isEnabled': 'False'}]}}"""));

        assertThat(pricing).isEqualTo(new Pricing("VirtualMachines", "Standard", "P2"));
    }

    @Test
    void pricingWithoutSubPlanAndOldBooleanExtensionFlag() throws Exception {
        Pricing pricing = SecurityMapper.toPricing(json("""
                {'id': '/subscriptions/s/providers/Microsoft.Security/pricings/VirtualMachines',
                 'properties': {'pricingTier': 'Free', 'extensions': [{'type': 'AgentlessVmScanning', 'isEnabled': true}]}}"""));

        assertThat(pricing).isEqualTo(new Pricing("VirtualMachines", "Free", null));
    }
}
