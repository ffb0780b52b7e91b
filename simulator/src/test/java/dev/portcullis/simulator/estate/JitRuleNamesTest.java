package dev.portcullis.simulator.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcullis.simulator.estate.builder.ArmIds;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JIT's NSG rules are named as Defender for Cloud names them today, and a few VMs keep the names of before May 2023. */
class JitRuleNamesTest {

    private static final String CURRENT = "^MicrosoftDefenderForCloud-JITRule_-?\\d+_[0-9A-F]{32}$";
    private static final String BEFORE_MAY_2023 = "^SecurityCenter-JITRule_-?\\d+_[0-9A-F]{32}$";

    private final Estate estate = Estate.demo();

    @Test
    void jitRulesOfMostVmsCarryTodaysNameAndDescription() {
        List<Map<String, Object>> rules = securityRules(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-web-prod", "web-04-nsg");

        assertThat(rules).isEmpty(); // web-04 shares nsg-web-prod
        List<Map<String, Object>> shared = securityRules(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-web-prod", "nsg-web-prod");
        assertThat(shared).filteredOn(rule -> description(rule).endsWith("of VM 'web-04'."))
                .hasSize(2)
                .allSatisfy(rule -> {
                    assertThat((String) rule.get("name")).matches(CURRENT);
                    assertThat(description(rule)).isEqualTo("MDC JIT Network Access rule for policy 'default' of VM 'web-04'.");
                });
    }

    @Test
    void vmsWhoseJitRulesPredateMay2023KeepTheOldNameAndDescription() {
        List<Map<String, Object>> shared = securityRules(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-web-prod", "nsg-web-prod");

        assertThat(shared).filteredOn(rule -> description(rule).endsWith("of VM 'web-01'."))
                .hasSize(2)
                .allSatisfy(rule -> {
                    assertThat((String) rule.get("name")).matches(BEFORE_MAY_2023);
                    assertThat(description(rule)).isEqualTo("ASC JIT Network Access rule for policy 'default' of VM 'web-01'.");
                });
    }

    @Test
    void jitDenyRulesBlockEveryProtocolFromAnywhereToTheVmsPrivateIpFromPriority1000() {
        List<Map<String, Object>> rules = securityRules(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-web-prod", "web-05-nsg");

        assertThat(rules).filteredOn(rule -> "Deny".equals(Json.string(rule, "properties", "access")))
                .extracting(rule -> Json.string(rule, "properties", "protocol"), rule -> Json.string(rule, "properties", "sourceAddressPrefix"),
                        rule -> Json.string(rule, "properties", "destinationPortRange"),
                        rule -> ((Number) Json.at(rule, "properties", "priority")).intValue())
                .containsExactly(tuple("*", "*", "22", 1000),
                        tuple("*", "*", "2222", 1001));
    }

    @Test
    void jitAllowRuleOfAnOpenRequestAdmitsTheRequestersSourceToThePrivateIpFromPriority100() {
        List<Map<String, Object>> rules = securityRules(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-web-prod", "web-05-nsg");

        assertThat(rules).filteredOn(rule -> "Allow".equals(Json.string(rule, "properties", "access")))
                .singleElement().satisfies(rule -> {
                    assertThat((String) rule.get("name")).matches(CURRENT);
                    assertThat(Json.string(rule, "properties", "protocol")).isEqualTo("*");
                    assertThat(Json.string(rule, "properties", "sourceAddressPrefix")).isEqualTo(DemoEstate.OPEN_REQUEST_SOURCE);
                    assertThat(Json.string(rule, "properties", "destinationAddressPrefix")).startsWith("10.10.1.");
                    assertThat(((Number) Json.at(rule, "properties", "priority")).intValue()).isEqualTo(100);
                });
    }

    private List<Map<String, Object>> securityRules(String subscriptionId, String group, String nsgName) {
        String id = ArmIds.resource(subscriptionId, group, "Microsoft.Network/networkSecurityGroups", nsgName);
        return estate.catalog().find(id)
                .map(resource -> Json.objects(StrictJson.parseObject(resource.json()), "properties", "securityRules"))
                .orElse(List.of());
    }

    private static String description(Map<String, Object> rule) {
        String description = Json.string(rule, "properties", "description");
        return description == null ? "" : description;
    }
}
