package dev.portcullis.engine.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.checks.EvaluationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RemediationsTest {

    private static final String SUB = "c0a70500-0001-4000-8000-00000000a001";
    private static final String RG = "rg-web";
    private static final String VM_ID = "/subscriptions/" + SUB + "/resourceGroups/" + RG
            + "/providers/Microsoft.Compute/virtualMachines/web-01";
    private static final String OTHER_VM = "/subscriptions/" + SUB + "/resourceGroups/" + RG
            + "/providers/Microsoft.Compute/virtualMachines/db-01";
    private static final String NSG_ID = "/subscriptions/" + SUB + "/resourceGroups/rg-net/providers/"
            + "Microsoft.Network/networkSecurityGroups/nsg-web";
    private static final CheckCatalogue CHECKS = CheckCatalogue.standard();
    private static final RemediationCatalogue CATALOGUE = new RemediationCatalogue(
            CHECKS.definitions().stream().map(CheckDefinition::id).toList());
    private static final EvaluationSettings SETTINGS = new EvaluationSettings(Set.of(2222), Duration.ofHours(3),
            Duration.ofHours(1));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Remediations remediations = new Remediations(CATALOGUE, SETTINGS, List.of("203.0.113.0/24"));

    private static JitPolicySpec existingPolicy(String webDuration, String... webSources) {
        return new JitPolicySpec(SUB, RG, "japaneast", "default", List.of(
                new JitPolicySpec.VmEntry(OTHER_VM, List.of(new JitPolicySpec.Port(22, "*", List.of("10.1.0.0/16"),
                        "PT2H"))),
                new JitPolicySpec.VmEntry(VM_ID.toUpperCase(), List.of(new JitPolicySpec.Port(22, "*",
                        List.of(webSources), webDuration)))));
    }

    private static VmFacts vm(Optional<JitPolicySpec> policy) {
        return new VmFacts(SUB, "https://management.azure.com", VM_ID, "web-01", RG, "japaneast", OsType.LINUX, policy,
                List.of(new VmFacts.Exposure(22, "20.78.1.2", NSG_ID, "nsg-web", "AllowSSH", 300, false, "NSG", "via public IP x (ipconfig1)")),
                List.of(new VmFacts.Nic("/subscriptions/" + SUB + "/resourceGroups/" + RG
                        + "/providers/Microsoft.Network/networkInterfaces/web-01-nic", "web-01-nic", null, List.of())),
                SampleSubjects.of(CHECKS, CATALOGUE, ""));
    }

    private JsonNode policyBody(VmFacts vm) throws Exception {
        String cli = remediations.forVm(vm, List.of("vm_jit_enabled"), RemediationFormat.CLI, Language.EN);
        String body = cli.substring(cli.indexOf("<<'JSON'\n") + 9, cli.indexOf("\nJSON\n"));
        return JSON.readTree(body);
    }

    @Test
    void jitBodyKeepsEveryOtherVmOfThePolicyUnchanged() throws Exception {
        JsonNode body = policyBody(vm(Optional.of(existingPolicy("P1D", "*"))));

        JsonNode vms = body.path("properties").path("virtualMachines");
        assertThat(vms).hasSize(2);
        assertThat(vms.get(0).path("id").asText()).isEqualTo(OTHER_VM);
        assertThat(vms.get(0).path("ports").get(0).path("maxRequestAccessDuration").asText()).isEqualTo("PT2H");
        assertThat(vms.get(0).path("ports").get(0).path("allowedSourceAddressPrefix").asText()).isEqualTo("10.1.0.0/16");
    }

    @Test
    void jitBodyTightensThisVmsDurationsAndAnySourcesAndAddsMissingPorts() throws Exception {
        JsonNode own = policyBody(vm(Optional.of(existingPolicy("P1D", "*")))).path("properties")
                .path("virtualMachines").get(1);

        assertThat(own.path("id").asText()).isEqualTo(VM_ID.toUpperCase());
        assertThat(own.path("ports")).hasSize(2);
        JsonNode ssh = own.path("ports").get(0);
        assertThat(ssh.path("number").asInt()).isEqualTo(22);
        assertThat(ssh.path("maxRequestAccessDuration").asText()).isEqualTo("PT3H");
        assertThat(ssh.path("allowedSourceAddressPrefix").asText()).isEqualTo("203.0.113.0/24");
        assertThat(own.path("ports").get(1).path("number").asInt()).isEqualTo(2222);
    }

    @Test
    void jitBodyForAVmOutsideAnyPolicyCreatesTheDefaultPolicyWithItsLocationInTheUrlOnly() throws Exception {
        JsonNode body = policyBody(vm(Optional.empty()));
        String cli = remediations.forVm(vm(Optional.empty()), List.of("vm_jit_enabled"), RemediationFormat.CLI,
                Language.EN);

        assertThat(body.path("kind").asText()).isEqualTo("Basic");
        assertThat(body.has("location")).as("read-only in the 2020-01-01 specification").isFalse();
        assertThat(cli).contains("/providers/Microsoft.Security/locations/japaneast/jitNetworkAccessPolicies/default");
        assertThat(body.path("properties").path("virtualMachines")).hasSize(1);
    }

    @Test
    void severalSourcesGoInThePluralField() throws Exception {
        Remediations twoRanges = new Remediations(CATALOGUE, SETTINGS, List.of("203.0.113.0/24", "198.51.100.0/24"));
        String cli = twoRanges.forVm(vm(Optional.empty()), List.of("vm_jit_enabled"), RemediationFormat.CLI,
                Language.EN);
        JsonNode port = JSON.readTree(cli.substring(cli.indexOf("<<'JSON'\n") + 9, cli.indexOf("\nJSON\n")))
                .path("properties").path("virtualMachines").get(0).path("ports").get(0);

        assertThat(port.has("allowedSourceAddressPrefix")).isFalse();
        assertThat(port.path("allowedSourceAddressPrefixes")).hasSize(2);
    }

    @Test
    void cliWritesThePolicyAtItsRealUrl() {
        String cli = remediations.forVm(vm(Optional.of(existingPolicy("PT1H", "10.0.0.0/8"))),
                List.of("vm_jit_enabled"), RemediationFormat.CLI, Language.EN);

        assertThat(cli).contains("az account set --subscription '" + SUB + "'")
                .contains("--url 'https://management.azure.com/subscriptions/" + SUB + "/resourceGroups/" + RG
                        + "/providers/Microsoft.Security/locations/japaneast/jitNetworkAccessPolicies/default"
                        + "?api-version=2020-01-01'")
                .contains("/initiate?api-version=2020-01-01");
    }

    @Test
    void terraformUsesAzapiAndImportsAnExistingPolicy() {
        String tf = remediations.forVm(vm(Optional.of(existingPolicy("PT1H", "10.0.0.0/8"))),
                List.of("vm_jit_enabled"), RemediationFormat.TERRAFORM, Language.EN);

        assertThat(tf).contains("resource \"azapi_resource\" \"jit_policy\"")
                .contains("type      = \"Microsoft.Security/locations/jitNetworkAccessPolicies@2020-01-01\"")
                .contains("import {").contains(OTHER_VM).doesNotContain("azurerm_security_center_jit");
    }

    @Test
    void exposureRemediationNamesTheRuleInEveryFormat() {
        for (RemediationFormat format : RemediationFormat.values()) {
            String text = remediations.forVm(vm(Optional.empty()), List.of("vm_management_port_internet_exposed"),
                    format, Language.EN);
            assertThat(text).as(format.wireName()).contains("AllowSSH");
        }
        assertThat(remediations.forVm(vm(Optional.empty()), List.of("vm_management_port_internet_exposed"),
                RemediationFormat.CLI, Language.EN))
                .contains("az network nsg rule update --resource-group 'rg-net' --nsg-name 'nsg-web' --name 'AllowSSH'"
                        + " --access Deny");
    }

    @Test
    void nsgAttachAssociatesOnlyTheUnfilteredNics() {
        String cli = remediations.forVm(vm(Optional.empty()), List.of("vm_nsg_attached"), RemediationFormat.CLI,
                Language.EN);

        assertThat(cli).contains("az network nsg create --resource-group 'rg-web' --name 'web-01-nsg'")
                .contains("az network nic update --ids '/subscriptions/" + SUB);
    }

    @Test
    void defenderPlanRemediationUsesTheSubPlan() {
        assertThat(remediations.forSubscription(SUB, List.of("subscription_defender_servers_p2"),
                RemediationFormat.CLI, Language.EN))
                .contains("az security pricing create --subscription '" + SUB
                        + "' --name VirtualMachines --tier standard --subplan P2");
        assertThat(remediations.forSubscription(SUB, List.of("subscription_defender_servers_p2"),
                RemediationFormat.TERRAFORM, Language.EN)).contains("subplan       = \"P2\"");
    }

    @Test
    void japaneseGivesJapaneseStepsAndComments() {
        String portal = remediations.forVm(vm(Optional.empty()), List.of("vm_jit_enabled"), RemediationFormat.PORTAL,
                Language.JA);
        String cli = remediations.forVm(vm(Optional.empty()), List.of("vm_jit_enabled"), RemediationFormat.CLI,
                Language.JA);

        assertThat(portal).contains("Just-In-Time VM アクセスを有効にする");
        assertThat(cli).contains("# ARM REST API (az rest) で");
    }

    @Test
    void everyTemplateOfEveryCheckRendersInEveryFormatAndLanguageWithoutPlaceholders() {
        List<String> vmChecks = new ArrayList<>();
        CHECKS.vmChecks().forEach(c -> vmChecks.add(c.id()));
        for (RemediationFormat format : RemediationFormat.values()) {
            for (Language language : Language.values()) {
                for (String check : vmChecks) {
                    String text = remediations.forVm(vm(Optional.of(existingPolicy("PT1H", "10.0.0.0/8"))),
                            List.of(check), format, language);
                    assertThat(text).as(check + " " + format + " " + language).isNotBlank()
                            .doesNotContain("{{").doesNotContain("<ADMIN")
                            .doesNotContainPattern("(?<!\\$)\\bnull\\b"); // a Java null; PowerShell's $null is fine
                }
                assertThat(remediations.forSubscription(SUB, List.of("subscription_defender_servers_p2"), format,
                        language)).doesNotContain("{{").contains(SUB);
            }
        }
    }

    @Test
    void unconfiguredAdminRangesPrintAPlaceholderRatherThanAnOpenSource() {
        Remediations unconfigured = new Remediations(CATALOGUE, SETTINGS, List.of());
        String cli = unconfigured.forVm(vm(Optional.empty()), List.of("vm_jit_enabled"), RemediationFormat.CLI,
                Language.EN);

        assertThat(cli).contains(Remediations.ADMIN_RANGE_PLACEHOLDER)
                .doesNotContain("\"allowedSourceAddressPrefix\": \"*\"");
    }

    @Test
    void cliRemediationOfEveryCheckIsValidBashInBothLanguages() throws Exception {
        List<String> scripts = new ArrayList<>();
        for (Language language : Language.values()) {
            CHECKS.vmChecks().forEach(c -> scripts.add(remediations.forVm(vm(Optional.of(existingPolicy("P1D", "*"))),
                    List.of(c.id()), RemediationFormat.CLI, language)));
            scripts.add(remediations.forSubscription(SUB, List.of("subscription_defender_servers_p2"),
                    RemediationFormat.CLI, language));
        }
        for (String script : scripts) {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("remediation", ".sh");
            java.nio.file.Files.writeString(file, script);
            Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes());
            assertThat(bash.waitFor()).as(script + "\n" + output).isZero();
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void everyMessageKeyExistsInBothLanguages() {
        assertThat(CATALOGUE.messages(Language.JA).keySet()).isEqualTo(CATALOGUE.messages(Language.EN).keySet());
    }
}
