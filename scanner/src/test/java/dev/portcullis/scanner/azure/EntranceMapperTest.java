package dev.portcullis.scanner.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.DnatRule;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.LoadBalancer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARM's shapes of internet entrances, including the odd ones, read into records without losing what decides. */
class EntranceMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LB = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb";

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"').replace("LB", LB));
    }

    @Test
    void aLoadBalancerKeepsEveryKindOfForwardingAndBothPoolForms() throws Exception {
        LoadBalancer lb = EntranceMapper.toLoadBalancer(json("""
                {'id': 'LB', 'name': 'lb', 'sku': {'name': 'Standard', 'tier': 'Regional'}, 'properties': {
                  'frontendIPConfigurations': [{'id': 'LB/frontendIPConfigurations/fe', 'name': 'fe',
                    'properties': {'publicIPAddress': {'id': 'pip'}}}],
                  'backendAddressPools': [{'id': 'LB/backendAddressPools/pool', 'name': 'pool', 'properties': {
                    'backendIPConfigurations': [{'id': 'ipc1'}],
                    'loadBalancerBackendAddresses': [{'name': 'a', 'properties': {'ipAddress': '10.0.1.9'}}]}}],
                  'inboundNatRules': [
                    {'id': 'LB/inboundNatRules/classic', 'name': 'classic', 'properties': {
                      'frontendIPConfiguration': {'id': 'LB/frontendIPConfigurations/fe'}, 'protocol': 'Tcp',
                      'frontendPort': 50001, 'backendPort': 22, 'backendIPConfiguration': {'id': 'ipc1'}}},
                    {'id': 'LB/inboundNatRules/v2', 'name': 'v2', 'properties': {
                      'frontendIPConfiguration': {'id': 'LB/frontendIPConfigurations/fe'}, 'protocol': 'Tcp',
                      'frontendPortRangeStart': 50000, 'frontendPortRangeEnd': 50099, 'backendPort': '3389',
                      'backendAddressPool': {'id': 'LB/backendAddressPools/pool'}, 'enableFloatingIP': true}}],
                  'inboundNatPools': [{'id': 'LB/inboundNatPools/np', 'name': 'np', 'properties': {
                    'frontendIPConfiguration': {'id': 'LB/frontendIPConfigurations/fe'}, 'protocol': 'Tcp',
                    'frontendPortRangeStart': 50100, 'frontendPortRangeEnd': 50199, 'backendPort': 22}}],
                  'loadBalancingRules': [{'id': 'LB/loadBalancingRules/r', 'name': 'r', 'properties': {
                    'frontendIPConfiguration': {'id': 'LB/frontendIPConfigurations/fe'}, 'protocol': 'All',
                    'frontendPort': 443, 'backendPort': 22,
                    'backendAddressPool': {'id': 'LB/backendAddressPools/pool'},
                    'backendAddressPools': [{'id': 'LB/BACKENDADDRESSPOOLS/POOL'}, {'id': 'LB/backendAddressPools/two'}]}}]}}
                """));

        assertThat(lb.sku()).isEqualTo(LoadBalancer.Sku.STANDARD);
        assertThat(lb.frontends()).containsExactly(new LoadBalancer.Frontend(LB + "/frontendIPConfigurations/fe", "fe",
                "pip", null));
        assertThat(lb.pools().get(0).ipConfigurationIds()).containsExactly("ipc1");
        assertThat(lb.pools().get(0).addresses()).containsExactly("10.0.1.9");
        assertThat(lb.natRules()).extracting(LoadBalancer.NatRule::name).containsExactly("classic", "v2", "np");
        assertThat(lb.natRules().get(1).backendPort()).as("a port written as text is still a port").isEqualTo(3389);
        assertThat(lb.natRules().get(1).floatingIp()).isTrue();
        assertThat(lb.natRules().get(2).scaleSetPool()).isTrue();
        assertThat(lb.rules().get(0).poolIds()).as("singular and plural pools merged, case-insensitively once")
                .containsExactly(LB + "/BACKENDADDRESSPOOLS/POOL", LB + "/backendAddressPools/two");
    }

    @Test
    void missingPortsStayUnknownAndAMissingSkuIsBasic() throws Exception {
        LoadBalancer lb = EntranceMapper.toLoadBalancer(json("""
                {'id': 'LB', 'properties': {'loadBalancingRules': [{'name': 'r', 'properties': {
                  'frontendIPConfiguration': {'id': 'fe'}, 'backendPort': 'any'}}]}}"""));

        assertThat(lb.name()).isEqualTo("lb");
        assertThat(lb.sku()).isEqualTo(LoadBalancer.Sku.BASIC);
        assertThat(lb.rules().get(0).frontendPort()).isNull();
        assertThat(lb.rules().get(0).backendPort()).isNull();
        assertThat(lb.rules().get(0).poolIds()).isEmpty();
    }

    @Test
    void aClassicFirewallKeepsItsAddressesAndOnlyItsDnatCollections() throws Exception {
        AzureFirewall firewall = EntranceMapper.toAzureFirewall(json("""
                {'id': 'fw', 'name': 'fw-hub', 'properties': {
                  'ipConfigurations': [{'properties': {'publicIPAddress': {'id': 'pip-fw'}, 'privateIPAddress': '10.12.0.4'}}],
                  'firewallPolicy': {'id': 'policy'},
                  'natRuleCollections': [
                    {'name': 'MDC-JIT', 'properties': {'priority': 100, 'action': {'type': 'Dnat'}, 'rules': [
                      {'name': 'jit', 'protocols': ['TCP'], 'sourceAddresses': ['203.0.113.7'],
                       'destinationAddresses': ['52.0.0.10'], 'destinationPorts': ['50022'],
                       'translatedAddress': '10.12.1.4', 'translatedPort': '22'}]}},
                    {'name': 'snat-only', 'properties': {'priority': 200, 'action': {'type': 'Snat'}, 'rules': [
                      {'name': 'x', 'translatedAddress': '10.12.1.5', 'translatedPort': '22'}]}}]}}"""));

        assertThat(firewall.publicIpAddressIds()).containsExactly("pip-fw");
        assertThat(firewall.privateIpAddresses()).containsExactly("10.12.0.4");
        assertThat(firewall.policyId()).isEqualTo("policy");
        assertThat(firewall.natRules()).containsExactly(new DnatRule("MDC-JIT", "jit", 100, List.of("TCP"),
                List.of("203.0.113.7"), List.of(), List.of("52.0.0.10"), List.of("50022"), "10.12.1.4", "22"));
    }

    @Test
    void aPolicyReadsTheNatCollectionsOfItsGroupsAndItsBasePolicy() throws Exception {
        FirewallPolicy policy = EntranceMapper.toFirewallPolicy(json("""
                {'id': 'policy', 'name': 'fwp-hub', 'properties': {'basePolicy': {'id': 'base'}}}"""), List.of(json("""
                {'id': 'policy/ruleCollectionGroups/g', 'properties': {'ruleCollections': [
                  {'ruleCollectionType': 'FirewallPolicyNatRuleCollection', 'name': 'dnat', 'priority': 100,
                   'action': {'type': 'DNAT'}, 'rules': [{'ruleType': 'NatRule', 'name': 'rdp', 'ipProtocols': ['TCP'],
                     'sourceAddresses': [], 'sourceIpGroups': ['ipg'], 'destinationAddresses': ['52.0.0.11'],
                     'destinationPorts': ['53389'], 'translatedAddress': '10.13.1.4', 'translatedPort': '3389'}]},
                  {'ruleCollectionType': 'FirewallPolicyFilterRuleCollection', 'name': 'net', 'priority': 200,
                   'action': {'type': 'Allow'}, 'rules': [{'ruleType': 'NetworkRule', 'name': 'n'}]}]}}""")));

        assertThat(policy.basePolicyId()).isEqualTo("base");
        assertThat(policy.natRules()).containsExactly(new DnatRule("dnat", "rdp", 100, List.of("TCP"), List.of(),
                List.of("ipg"), List.of("52.0.0.11"), List.of("53389"), "10.13.1.4", "3389"));
    }
}
