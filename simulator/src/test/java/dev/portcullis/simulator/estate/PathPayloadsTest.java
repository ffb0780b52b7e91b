package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcullis.simulator.estate.builder.ArmIds;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The payloads of the paths scenarios carry ARM's shapes: IPv6, load balancers, firewalls and JIT through a firewall. */
class PathPayloadsTest {

    private final Estate estate = Estate.demo();

    @Test
    void aDualStackNicHasAnIpv6ConfigurationWithAStandardPublicIpv6Address() {
        Map<String, Object> nic = resource(ArmIds.resource(CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID, "rg-dev-ipv6",
                "Microsoft.Network/networkInterfaces", "v6-any-ipv6-01-nic"));
        List<Map<String, Object>> configs = Json.objects(nic, "properties", "ipConfigurations");

        assertThat(configs).extracting(c -> Json.string(c, "properties", "privateIPAddressVersion")).containsExactly("IPv4", "IPv6");
        assertThat(Json.string(configs.get(0), "properties", "publicIPAddress", "id")).isNull();
        assertThat(Json.string(configs.get(1), "properties", "privateIPAddress")).isEqualTo("fd00:22:0:1::5");
        Map<String, Object> publicIp = resource(Json.string(configs.get(1), "properties", "publicIPAddress", "id"));
        assertThat(Json.string(publicIp, "properties", "publicIPAddressVersion")).isEqualTo("IPv6");
        assertThat(Json.string(publicIp, "sku", "name")).isEqualTo("Standard");
        assertThat(Json.string(publicIp, "properties", "ipAddress")).startsWith("2603:1030:20e:3::");
    }

    @Test
    void dualStackSubnetsAndNetworksListBothPrefixes() {
        Map<String, Object> vnet = resource(ArmIds.resource(CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID, "rg-dev-ipv6",
                "Microsoft.Network/virtualNetworks", "vnet-dev-dualstack"));

        assertThat(Json.strings(vnet, "properties", "addressSpace", "addressPrefixes")).containsExactly("10.22.0.0/16", "fd00:22::/48");
        assertThat(Json.strings(Json.objects(vnet, "properties", "subnets").get(0), "properties", "addressPrefixes"))
                .containsExactly("10.22.1.0/24", "fd00:22:0:1::/64");
    }

    @Test
    void classicNatRulesNameOneIpConfigurationAndVersion2RulesAPoolWithAPortRange() {
        Map<String, Object> lb = loadBalancer("lb-prod-public");
        Map<String, Object> classic = part(lb, "inboundNatRules", "nat-ssh-lb-nat-01");
        Map<String, Object> v2 = part(lb, "inboundNatRules", "nat-v2-rdp");

        assertThat(Json.string(classic, "properties", "backendIPConfiguration", "id")).endsWith("/lb-nat-01-nic/ipConfigurations/ipconfig1");
        assertThat(Json.at(classic, "properties", "frontendPort")).hasToString("50001");
        assertThat(Json.at(classic, "properties", "backendPort")).hasToString("22");
        assertThat(Json.at(v2, "properties", "backendIPConfiguration")).isNull();
        assertThat(Json.string(v2, "properties", "backendAddressPool", "id")).endsWith("/backendAddressPools/pool-rdp");
        assertThat(Json.at(v2, "properties", "frontendPortRangeStart")).hasToString("50000");
        assertThat(Json.at(v2, "properties", "frontendPortRangeEnd")).hasToString("50099");
    }

    @Test
    void haPortsRuleIsProtocolAllWithPortsZeroOnAnInternalFrontend() {
        Map<String, Object> lb = loadBalancer("lb-prod-internal");
        Map<String, Object> rule = part(lb, "loadBalancingRules", "lbr-ha-ports");
        Map<String, Object> frontend = resource(Json.string(rule, "properties", "frontendIPConfiguration", "id"));

        assertThat(Json.string(rule, "properties", "protocol")).isEqualTo("All");
        assertThat(Json.at(rule, "properties", "frontendPort")).hasToString("0");
        assertThat(Json.at(rule, "properties", "backendPort")).hasToString("0");
        assertThat(Json.at(frontend, "properties", "publicIPAddress")).isNull();
        assertThat(Json.string(frontend, "properties", "privateIPAddress")).startsWith("10.10.9.");
    }

    @Test
    void floatingIpIsWrittenOnTheRuleAndAPoolByAddressHasNoNicBackReference() {
        Map<String, Object> lb = loadBalancer("lb-prod-public");

        assertThat(Json.at(part(lb, "loadBalancingRules", "lbr-ssh-floating"), "properties", "enableFloatingIP")).isEqualTo(true);
        assertThat(Json.at(part(lb, "loadBalancingRules", "lbr-ssh-direct"), "properties", "enableFloatingIP")).isEqualTo(false);
        Map<String, Object> pool = part(lb, "backendAddressPools", "pool-by-address");
        String address = Json.string(Json.objects(pool, "properties", "loadBalancerBackendAddresses").get(0), "properties", "ipAddress");
        Map<String, Object> nic = resource(ArmIds.resource(CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-lb-prod",
                "Microsoft.Network/networkInterfaces", "lb-by-ip-01-nic"));
        Map<String, Object> config = Json.objects(nic, "properties", "ipConfigurations").get(0);
        assertThat(Json.string(config, "properties", "privateIPAddress")).isEqualTo(address);
        assertThat(Json.objects(config, "properties", "loadBalancerBackendAddressPools")).isEmpty();
        assertThat(Json.objects(pool, "properties", "backendIPConfigurations")).isEmpty();
    }

    @Test
    void jitThroughAFirewallWritesItsPublicIpMappedPortAndAnMdcJitDnatRule() {
        Map<String, Object> firewall = resource(ArmIds.resource(CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-fw-prod",
                "Microsoft.Network/azureFirewalls", "fw-hub"));
        String firewallAddress = Json.string(resource(Json.string(Json.objects(firewall, "properties", "ipConfigurations").get(0),
                "properties", "publicIPAddress", "id")), "properties", "ipAddress");
        Map<String, Object> policy = resource(ArmIds.jitPolicy(CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-fw-prod", DemoEstate.JAPANEAST, "default"));

        assertThat(Json.objects(policy, "properties", "virtualMachines")).extracting(vm -> vm.get("publicIpAddress"))
                .containsOnly(firewallAddress);
        assertThat(Json.objects(policy, "properties", "requests")).extracting(request -> Json.at(
                Json.objects(Json.objects(request, "virtualMachines").get(0), "ports").get(0), "mappedPort").toString())
                .containsExactly("50122", "50123");
        Map<String, Object> jit = Json.objects(firewall, "properties", "natRuleCollections").stream()
                .filter(collection -> "MDC-JIT".equals(collection.get("name"))).findFirst().orElseThrow();
        assertThat(Json.objects(jit, "properties", "rules")).extracting(rule -> Json.strings(rule, "sourceAddresses").get(0),
                        rule -> Json.strings(rule, "destinationPorts").get(0), rule -> rule.get("translatedPort"))
                .containsExactly(tuple("153.120.40.21", "50122", "22"),
                        tuple("153.120.40.22", "50123", "22"));
    }

    /** The descriptions of the load-balancer and firewall scenarios promise no public IP of the VM's own, the IPv6 ones no public IPv4. */
    @Test
    void loadBalancerAndFirewallVmsHaveNoPublicIpOfTheirOwnAndIpv6VmsNoPublicIpv4() {
        for (SimVm vm : estate.virtualMachines()) {
            boolean behindPath = vm.resourceGroup().equals("rg-lb-prod") || vm.resourceGroup().equals("rg-fw-prod");
            boolean ipv6 = vm.resourceGroup().equals("rg-dev-ipv6");
            if (!behindPath && !ipv6) {
                continue;
            }
            Map<String, Object> payload = resource(vm.resourceId());
            for (Map<String, Object> reference : Json.objects(payload, "properties", "networkProfile", "networkInterfaces")) {
                for (Map<String, Object> config : Json.objects(resource(Json.string(reference, "id")), "properties", "ipConfigurations")) {
                    String publicIp = Json.string(config, "properties", "publicIPAddress", "id");
                    boolean v4 = "IPv4".equals(Json.string(config, "properties", "privateIPAddressVersion"));
                    assertThat(publicIp == null || (ipv6 && !v4)).as(vm.name() + " " + config.get("name")).isTrue();
                }
            }
        }
    }

    private Map<String, Object> loadBalancer(String name) {
        return resource(ArmIds.resource(CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-lb-prod", "Microsoft.Network/loadBalancers", name));
    }

    private static Map<String, Object> part(Map<String, Object> lb, String collection, String name) {
        return Json.objects(lb, "properties", collection).stream().filter(part -> name.equals(part.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + collection));
    }

    private Map<String, Object> resource(String id) {
        return StrictJson.parseObject(estate.catalog().find(id).orElseThrow(() -> new AssertionError("no " + id)).json());
    }
}
