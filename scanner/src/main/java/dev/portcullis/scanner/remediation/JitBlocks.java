package dev.portcullis.scanner.remediation;

import java.util.Map;
import java.util.stream.Collectors;

/** The code-rendered parts of the JIT policy remediation. */
final class JitBlocks {

    private JitBlocks() {
    }

    static Map<String, String> of(VmFacts vm, JitPolicySpec policy, Map<String, String> messages) {
        JitPolicySpec.VmEntry own = policy.virtualMachines().get(policy.virtualMachines().size() - 1);
        String portRules = own.ports().stream()
                .map(p -> "   - " + p.number() + "/TCP: " + p.maxRequestAccessDuration() + ", "
                        + String.join(", ", p.sources()))
                .collect(Collectors.joining("\n"));
        String terraformImport = vm.policy().isEmpty() ? "" : """

                import {
                  to = azapi_resource.jit_policy
                  id = "%s"
                }
                """.formatted(TemplateRenderer.escape(policy.resourceId(), RemediationFormat.TERRAFORM));
        return Map.of(
                "jitJson", JitBodies.json(policy),
                "jitPowershell", JitBodies.powershell(policy),
                "jitHcl", JitBodies.hcl(policy),
                "jitBicep", JitBodies.bicep(policy),
                "initiateJson", JitBodies.initiateJson(own.id(), own.ports().stream().map(JitPolicySpec.Port::number)
                        .toList(), own.ports().get(0).sources().get(0), "Administration"),
                "firstPort", String.valueOf(own.ports().get(0).number()),
                "portRules", portRules,
                "terraformImport", terraformImport);
    }
}
