package dev.portcullis.engine.remediation;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The code-rendered parts of the JIT policy remediation. Only the policy body of the format asked for is built: the
 * body carries every VM of the policy (the PUT replaces it whole), which for a policy of hundreds of VMs is most of
 * the cost of a remediation.
 */
final class JitBlocks {

    private JitBlocks() {
    }

    static Map<String, String> of(VmFacts vm, JitPolicySpec policy, RemediationFormat format) {
        JitPolicySpec.VmEntry own = policy.virtualMachines().get(policy.virtualMachines().size() - 1);
        String portRules = own.ports().stream()
                .map(p -> "   - " + p.number() + "/TCP: " + ScriptText.markdownWord(p.maxRequestAccessDuration()) + ", "
                        + p.sources().stream().map(ScriptText::markdownWord).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        String terraformImport = vm.policy().isEmpty() ? "" : """

                import {
                  to = azapi_resource.jit_policy
                  id = %s
                }
                """.formatted(ScriptText.hcl(policy.resourceId()));
        Map<String, String> blocks = new HashMap<>();
        blocks.put("portRules", portRules);
        blocks.put("terraformImport", terraformImport);
        switch (format) {
            case CLI -> {
                blocks.put("jitJson", JitBodies.json(policy));
                blocks.put("initiateJson", JitBodies.initiateJson(own, "Administration"));
            }
            case POWERSHELL -> {
                blocks.put("jitPowershell", JitBodies.powershell(policy));
                blocks.put("jitPowershellRequest", JitBodies.powershellRequest(own));
            }
            case TERRAFORM -> blocks.put("jitHcl", JitBodies.hcl(policy));
            case BICEP -> blocks.put("jitBicep", JitBodies.bicep(policy));
            case PORTAL -> { }
        }
        return blocks;
    }
}
