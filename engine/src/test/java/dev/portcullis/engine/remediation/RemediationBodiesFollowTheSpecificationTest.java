package dev.portcullis.engine.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.engine.remediation.LiteralReader.Syntax;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.checks.CheckScope;
import dev.portcullis.engine.checks.EvaluationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JIT body the remediation prints (CLI JSON, PowerShell, Terraform, Bicep; every check, both languages, with
 * and without configured admin ranges, for a VM outside any policy and one in a shared policy next to a VM behind
 * Azure Firewall) is read back and held to {@link JitSpecification}; the access request that follows asks each port
 * from a source the policy just written allows it; the Terraform output of all checks together is one configuration.
 */
class RemediationBodiesFollowTheSpecificationTest {

    private static final String SUB = "c0a70500-0001-4000-8000-00000000a001";
    private static final String RG = "rg-win";
    private static final String VM_ID = "/subscriptions/" + SUB + "/resourceGroups/" + RG
            + "/providers/Microsoft.Compute/virtualMachines/win-01";
    private static final String FIREWALLED_VM = "/subscriptions/" + SUB + "/resourceGroups/" + RG
            + "/providers/Microsoft.Compute/virtualMachines/fw-01";
    private static final String NSG_ID = "/subscriptions/" + SUB + "/resourceGroups/" + RG
            + "/providers/Microsoft.Network/networkSecurityGroups/nsg-win";
    private static final CheckCatalogue CHECKS = CheckCatalogue.standard();
    private static final RemediationCatalogue CATALOGUE = new RemediationCatalogue(
            CHECKS.definitions().stream().map(CheckDefinition::id).toList());
    private static final EvaluationSettings SETTINGS = new EvaluationSettings(Set.of(2222), Duration.ofHours(3),
            Duration.ofHours(1));
    private static final List<String> VM_CHECKS = CHECKS.definitions().stream()
            .filter(d -> d.scope() == CheckScope.VM).map(CheckDefinition::id).toList();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Language language : Language.values()) {
            for (List<String> admins : List.of(List.<String>of(), List.of("203.0.113.0/24"),
                    List.of("203.0.113.0/24", "198.51.100.0/24"))) {
                for (OsType os : List.of(OsType.WINDOWS, OsType.LINUX)) {
                    for (boolean inPolicy : List.of(false, true)) {
                        cases.add(Arguments.of(language, admins, os, inPolicy));
                    }
                }
            }
        }
        return cases.stream();
    }

    private static VmFacts vm(OsType os, boolean inPolicy) {
        Optional<JitPolicySpec> policy = inPolicy ? Optional.of(new JitPolicySpec(SUB, RG, "eastus", "default",
                List.of(new JitPolicySpec.VmEntry(FIREWALLED_VM, List.of(new JitPolicySpec.Port(22, "TCP",
                                List.of("10.1.0.0/16", "10.2.0.0/16"), "PT2H")), "52.0.0.10"),
                        new JitPolicySpec.VmEntry(VM_ID, List.of(new JitPolicySpec.Port(3389, "*",
                                List.of("10.20.0.0/16"), "P1D")))))) : Optional.empty();
        return new VmFacts(SUB, "https://management.azure.com", VM_ID, "win-01", RG, "eastus", os, policy,
                List.of(new VmFacts.Exposure(3389, "20.78.1.2", NSG_ID, "nsg-win", "AllowRDP", 300, false, "NSG",
                        "via public IP 20.78.1.2 (ipconfig1)")),
                List.of(new VmFacts.Nic("/subscriptions/" + SUB + "/resourceGroups/" + RG
                        + "/providers/Microsoft.Network/networkInterfaces/win-01-nic", "win-01-nic", null, List.of())));
    }

    @ParameterizedTest(name = "{0}, admin ranges {1}, {2}, in a policy: {3}")
    @MethodSource("cases")
    void everyFormatWritesOnlyWhatTheSpecificationLetsAClientWrite(Language language, List<String> admins, OsType os,
                                                                    boolean inPolicy) throws Exception {
        Remediations remediations = new Remediations(CATALOGUE, SETTINGS, admins);
        VmFacts vm = vm(os, inPolicy);
        String where = language + " " + admins + " " + os + " " + inPolicy;

        String cli = remediations.forVm(vm, List.of("vm_jit_enabled"), RemediationFormat.CLI, language);
        String[] bodies = cli.split("<<'JSON'\n");
        Map<?, ?> put = JSON.readValue(bodies[1].substring(0, bodies[1].indexOf("\nJSON\n")), Map.class);
        JitSpecification.requireResource(put, where + " CLI PUT");
        List<?> written = JitSpecification.list(JitSpecification.map(put.get("properties"), "properties")
                .get("virtualMachines"), "virtualMachines");
        Map<?, ?> initiate = JSON.readValue(bodies[2].substring(0, bodies[2].indexOf("\nJSON\n")), Map.class);
        assertThat(initiate.keySet()).as(where + " initiate keys").allMatch(Set.of("virtualMachines", "justification")::contains);
        for (Object request : JitSpecification.list(initiate.get("virtualMachines"), "initiate VMs")) {
            JitSpecification.requireInitiate(JitSpecification.map(request, "initiate VM"), written, where + " CLI");
        }
        if (inPolicy) {
            assertThat(written).as(where + ": the firewall's public IP of the other VM is kept")
                    .anyMatch(v -> "52.0.0.10".equals(((Map<?, ?>) v).get("publicIpAddress")));
        }

        String powershell = remediations.forVm(vm, List.of("vm_jit_enabled"), RemediationFormat.POWERSHELL, language);
        List<?> psVms = (List<?>) LiteralReader.read(powershell, Syntax.POWERSHELL,
                powershell.indexOf("$virtualMachines = ") + "$virtualMachines = ".length());
        JitSpecification.requireVirtualMachines(psVms, where + " PowerShell");
        Map<?, ?> psRequest = (Map<?, ?>) LiteralReader.read(powershell, Syntax.POWERSHELL,
                powershell.indexOf("$request = ") + "$request = ".length());
        JitSpecification.requireInitiate(psRequest, psVms, where + " PowerShell request");

        String terraform = remediations.forVm(vm, List.of("vm_jit_enabled"), RemediationFormat.TERRAFORM, language);
        String jitResource = terraform.substring(terraform.indexOf("resource \"azapi_resource\" \"jit_policy\""));
        assertThat(jitResource.substring(0, jitResource.indexOf("body = ")))
                .as(where + ": azapi copies location into the body, where it is read-only")
                .doesNotContainPattern("(?m)^\\s*location\\s*=");
        JitSpecification.requireResource((Map<?, ?>) LiteralReader.read(jitResource, Syntax.HCL,
                jitResource.indexOf("body = ") + "body = ".length()), where + " Terraform body");

        String bicep = remediations.forVm(vm, List.of("vm_jit_enabled"), RemediationFormat.BICEP, language);
        Map<?, ?> bicepResource = (Map<?, ?>) LiteralReader.read(bicep, Syntax.BICEP, bicep.indexOf("= {") + 2);
        assertThat(bicepResource.keySet().stream().map(String::valueOf).toList()).as(where + " Bicep resource")
                .containsOnly("name", "kind", "properties");
        assertThat(bicepResource.get("kind")).isEqualTo("Basic");
        JitSpecification.requireProperties(JitSpecification.map(bicepResource.get("properties"), "properties"),
                where + " Bicep");
    }

    @ParameterizedTest(name = "{0}, in a policy: {1}")
    @MethodSource("terraformCases")
    void theTerraformOfEveryCheckTogetherIsOneConfiguration(Language language, boolean inPolicy) {
        Remediations remediations = new Remediations(CATALOGUE, SETTINGS, List.of());
        List<String> outputs = List.of(
                remediations.forVm(vm(OsType.WINDOWS, inPolicy), VM_CHECKS, RemediationFormat.TERRAFORM, language),
                remediations.forSubscription(SUB, List.of("subscription_defender_servers_p2"),
                        RemediationFormat.TERRAFORM, language),
                remediations.forScaleSet(SUB, "/subscriptions/" + SUB + "/resourceGroups/" + RG
                                + "/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-web",
                        List.of("vmss_management_port_internet_exposed"), RemediationFormat.TERRAFORM, language));
        for (String output : outputs) {
            requireOneConfiguration(output);
        }
        assertThat(outputs.get(0)).contains("provider \"azapi\"").contains("provider \"azurerm\"");
    }

    static Stream<Arguments> terraformCases() {
        return Stream.of(Language.values()).flatMap(l -> Stream.of(Arguments.of(l, false), Arguments.of(l, true)));
    }

    /**
     * One configuration as Terraform reads a directory: braces balance outside strings and comments, at most one
     * {@code terraform} block, one block per provider, one {@code import} per target, every resource address once,
     * and a provider block for every resource's provider.
     */
    private static void requireOneConfiguration(String output) {
        String code = ScriptRegions.hcl(output).code();
        assertThat(code.chars().filter(c -> c == '{').count()).as("braces balance")
                .isEqualTo(code.chars().filter(c -> c == '}').count());
        assertThat(count(code, "(?m)^terraform \\{")).as("terraform blocks").isLessThanOrEqualTo(1);
        Set<String> providers = new HashSet<>();
        Matcher provider = Pattern.compile("(?m)^provider \"([a-z0-9]+)\"").matcher(output);
        while (provider.find()) {
            assertThat(providers.add(provider.group(1))).as("provider " + provider.group(1) + " once").isTrue();
        }
        Set<String> addresses = new HashSet<>();
        Matcher resource = Pattern.compile("(?m)^resource \"([a-z0-9_]+)\" \"([a-z0-9_]+)\"").matcher(output);
        while (resource.find()) {
            assertThat(addresses.add(resource.group(1) + "." + resource.group(2)))
                    .as("resource " + resource.group(1) + "." + resource.group(2) + " once").isTrue();
            assertThat(providers).as("a provider block for " + resource.group(1))
                    .contains(resource.group(1).substring(0, resource.group(1).indexOf('_')));
        }
        assertThat(count(code, "(?m)^import \\{")).isLessThanOrEqualTo(1);
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }
}
