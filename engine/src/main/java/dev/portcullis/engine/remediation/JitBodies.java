package dev.portcullis.engine.remediation;

import java.util.List;
import java.util.StringJoiner;

/**
 * The virtual-machine list of a JIT policy, written in each remediation syntax. One source goes in
 * {@code allowedSourceAddressPrefix} (a string), several in {@code allowedSourceAddressPrefixes} (a list). Every
 * value (ids, protocols, sources and durations, most of them other VMs' entries read from ARM) is a string of the
 * syntax, quoted by {@link ScriptText}.
 */
public final class JitBodies {

    private JitBodies() {
    }

    /**
     * The whole ARM PUT body as JSON: {@code kind} and {@code properties} only. {@code location} (and {@code id},
     * {@code name}, {@code type}) are read-only in the 2020-01-01 specification: the location is in the URL.
     */
    public static String json(JitPolicySpec policy) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"kind\": \"Basic\",\n  \"properties\": {\n    \"virtualMachines\": [\n");
        StringJoiner vms = new StringJoiner(",\n");
        for (JitPolicySpec.VmEntry vm : policy.virtualMachines()) {
            StringJoiner ports = new StringJoiner(",\n");
            for (JitPolicySpec.Port port : vm.ports()) {
                ports.add("          {\"number\": " + port.number() + ", \"protocol\": "
                        + ScriptText.json(port.protocol()) + ", " + jsonSources(port.sources())
                        + ", \"maxRequestAccessDuration\": " + ScriptText.json(port.maxRequestAccessDuration()) + "}");
            }
            vms.add("      {\n        \"id\": " + ScriptText.json(vm.id()) + ",\n        \"ports\": [\n" + ports
                    + "\n        ]" + (vm.publicIpAddress() == null ? "" : ",\n        \"publicIpAddress\": "
                    + ScriptText.json(vm.publicIpAddress())) + "\n      }");
        }
        return out.append(vms).append("\n    ]\n  }\n}").toString();
    }

    /** A PowerShell array of hashtables for {@code Set-AzJitNetworkAccessPolicy -VirtualMachine}. */
    public static String powershell(JitPolicySpec policy) {
        StringJoiner vms = new StringJoiner(",\n", "@(\n", "\n)");
        for (JitPolicySpec.VmEntry vm : policy.virtualMachines()) {
            StringJoiner ports = new StringJoiner(",\n");
            for (JitPolicySpec.Port port : vm.ports()) {
                String sources = port.sources().size() == 1
                        ? "allowedSourceAddressPrefix = " + ScriptText.powershell(port.sources().get(0))
                        : "allowedSourceAddressPrefixes = @(" + String.join(", ",
                        port.sources().stream().map(ScriptText::powershell).toList()) + ")";
                ports.add("      @{ number = " + port.number() + "; protocol = "
                        + ScriptText.powershell(port.protocol()) + "; " + sources + "; maxRequestAccessDuration = "
                        + ScriptText.powershell(port.maxRequestAccessDuration()) + " }");
            }
            vms.add("  @{\n    id = " + ScriptText.powershell(vm.id()) + "\n    ports = @(\n" + ports + "\n    )"
                    + (vm.publicIpAddress() == null ? "" : "\n    publicIpAddress = "
                    + ScriptText.powershell(vm.publicIpAddress())) + "\n  }");
        }
        return vms.toString();
    }

    /** The {@code virtualMachines} attribute of an azapi body, in HCL. */
    public static String hcl(JitPolicySpec policy) {
        StringBuilder out = new StringBuilder("virtualMachines = [\n");
        for (JitPolicySpec.VmEntry vm : policy.virtualMachines()) {
            out.append("        {\n          id = ").append(ScriptText.hcl(vm.id())).append("\n          ports = [\n");
            for (JitPolicySpec.Port port : vm.ports()) {
                String sources = port.sources().size() == 1
                        ? "allowedSourceAddressPrefix = " + ScriptText.hcl(port.sources().get(0))
                        : "allowedSourceAddressPrefixes = [" + String.join(", ",
                        port.sources().stream().map(ScriptText::hcl).toList()) + "]";
                out.append("            { number = ").append(port.number()).append(", protocol = ")
                        .append(ScriptText.hcl(port.protocol())).append(", ").append(sources)
                        .append(", maxRequestAccessDuration = ").append(ScriptText.hcl(port.maxRequestAccessDuration()))
                        .append(" },\n");
            }
            out.append("          ]\n");
            if (vm.publicIpAddress() != null) {
                out.append("          publicIpAddress = ").append(ScriptText.hcl(vm.publicIpAddress())).append('\n');
            }
            out.append("        },\n");
        }
        return out.append("      ]").toString();
    }

    /** The {@code virtualMachines} property of a Bicep resource. */
    public static String bicep(JitPolicySpec policy) {
        StringBuilder out = new StringBuilder("virtualMachines: [\n");
        for (JitPolicySpec.VmEntry vm : policy.virtualMachines()) {
            out.append("      {\n        id: ").append(ScriptText.bicep(vm.id())).append("\n        ports: [\n");
            for (JitPolicySpec.Port port : vm.ports()) {
                out.append("          {\n            number: ").append(port.number())
                        .append("\n            protocol: ").append(ScriptText.bicep(port.protocol())).append('\n');
                if (port.sources().size() == 1) {
                    out.append("            allowedSourceAddressPrefix: ")
                            .append(ScriptText.bicep(port.sources().get(0)));
                } else {
                    out.append("            allowedSourceAddressPrefixes: [ ").append(String.join(" ",
                            port.sources().stream().map(ScriptText::bicep).toList())).append(" ]");
                }
                out.append("\n            maxRequestAccessDuration: ")
                        .append(ScriptText.bicep(port.maxRequestAccessDuration())).append("\n          }\n");
            }
            out.append("        ]\n");
            if (vm.publicIpAddress() != null) {
                out.append("        publicIpAddress: ").append(ScriptText.bicep(vm.publicIpAddress())).append('\n');
            }
            out.append("      }\n");
        }
        return out.append("    ]").toString();
    }

    /**
     * The body of {@code …/initiate} asking access to each of the VM's ports for an hour, from the first source that
     * port's rule allows in the policy just written (a request from a source the rule does not allow is refused).
     * {@code duration} is what the service takes, although the 2020-01-01 specification names {@code endTimeUtc}.
     */
    public static String initiateJson(JitPolicySpec.VmEntry vm, String justification) {
        StringJoiner portList = new StringJoiner(", ");
        vm.ports().forEach(p -> portList.add("{\"number\": " + p.number() + ", \"duration\": \"PT1H\", "
                + "\"allowedSourceAddressPrefix\": " + ScriptText.json(p.sources().get(0)) + "}"));
        return "{\"virtualMachines\": [{\"id\": " + ScriptText.json(vm.id()) + ", \"ports\": [" + portList
                + "]}], \"justification\": " + ScriptText.json(justification) + "}";
    }

    /** The same request for {@code Start-AzJitNetworkAccessPolicy -VirtualMachine}: each port from its own source. */
    public static String powershellRequest(JitPolicySpec.VmEntry vm) {
        StringJoiner ports = new StringJoiner(",\n");
        vm.ports().forEach(p -> ports.add("    @{ number = " + p.number()
                + "; endTimeUtc = (Get-Date).ToUniversalTime().AddHours(1); allowedSourceAddressPrefix = @("
                + ScriptText.powershell(p.sources().get(0)) + ") }"));
        return "@{\n  id    = " + ScriptText.powershell(vm.id()) + "\n  ports = @(\n" + ports + "\n  )\n}";
    }

    private static String jsonSources(List<String> sources) {
        if (sources.size() == 1) {
            return "\"allowedSourceAddressPrefix\": " + ScriptText.json(sources.get(0));
        }
        return "\"allowedSourceAddressPrefixes\": [" + String.join(", ",
                sources.stream().map(ScriptText::json).toList()) + "]";
    }
}
