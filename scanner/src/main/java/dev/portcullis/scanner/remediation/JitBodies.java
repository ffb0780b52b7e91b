package dev.portcullis.scanner.remediation;

import java.util.List;
import java.util.StringJoiner;

/**
 * The virtual-machine list of a JIT policy, written in each remediation syntax. One source goes in
 * {@code allowedSourceAddressPrefix} (a string), several in {@code allowedSourceAddressPrefixes} (a list).
 */
public final class JitBodies {

    private JitBodies() {
    }

    /** The whole ARM PUT body as JSON. */
    public static String json(JitPolicySpec policy) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"kind\": \"Basic\",\n  \"location\": ").append(jsonString(policy.location()))
                .append(",\n  \"properties\": {\n    \"virtualMachines\": [\n");
        StringJoiner vms = new StringJoiner(",\n");
        for (JitPolicySpec.VmEntry vm : policy.virtualMachines()) {
            StringJoiner ports = new StringJoiner(",\n");
            for (JitPolicySpec.Port port : vm.ports()) {
                ports.add("          {\"number\": " + port.number() + ", \"protocol\": " + jsonString(port.protocol())
                        + ", " + jsonSources(port.sources()) + ", \"maxRequestAccessDuration\": "
                        + jsonString(port.maxRequestAccessDuration()) + "}");
            }
            vms.add("      {\n        \"id\": " + jsonString(vm.id()) + ",\n        \"ports\": [\n" + ports
                    + "\n        ]\n      }");
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
                        ? "allowedSourceAddressPrefix = " + psString(port.sources().get(0))
                        : "allowedSourceAddressPrefixes = @(" + String.join(", ",
                        port.sources().stream().map(JitBodies::psString).toList()) + ")";
                ports.add("      @{ number = " + port.number() + "; protocol = " + psString(port.protocol()) + "; "
                        + sources + "; maxRequestAccessDuration = " + psString(port.maxRequestAccessDuration())
                        + " }");
            }
            vms.add("  @{\n    id = " + psString(vm.id()) + "\n    ports = @(\n" + ports + "\n    )\n  }");
        }
        return vms.toString();
    }

    /** The {@code virtualMachines} attribute of an azapi body, in HCL. */
    public static String hcl(JitPolicySpec policy) {
        StringBuilder out = new StringBuilder("virtualMachines = [\n");
        for (JitPolicySpec.VmEntry vm : policy.virtualMachines()) {
            out.append("        {\n          id = ").append(jsonString(vm.id())).append("\n          ports = [\n");
            for (JitPolicySpec.Port port : vm.ports()) {
                String sources = port.sources().size() == 1
                        ? "allowedSourceAddressPrefix = " + jsonString(port.sources().get(0))
                        : "allowedSourceAddressPrefixes = [" + String.join(", ",
                        port.sources().stream().map(JitBodies::jsonString).toList()) + "]";
                out.append("            { number = ").append(port.number()).append(", protocol = ")
                        .append(jsonString(port.protocol())).append(", ").append(sources)
                        .append(", maxRequestAccessDuration = ").append(jsonString(port.maxRequestAccessDuration()))
                        .append(" },\n");
            }
            out.append("          ]\n        },\n");
        }
        return out.append("      ]").toString();
    }

    /** The {@code virtualMachines} property of a Bicep resource. */
    public static String bicep(JitPolicySpec policy) {
        StringBuilder out = new StringBuilder("virtualMachines: [\n");
        for (JitPolicySpec.VmEntry vm : policy.virtualMachines()) {
            out.append("      {\n        id: ").append(bicepString(vm.id())).append("\n        ports: [\n");
            for (JitPolicySpec.Port port : vm.ports()) {
                out.append("          {\n            number: ").append(port.number())
                        .append("\n            protocol: ").append(bicepString(port.protocol())).append('\n');
                if (port.sources().size() == 1) {
                    out.append("            allowedSourceAddressPrefix: ").append(bicepString(port.sources().get(0)));
                } else {
                    out.append("            allowedSourceAddressPrefixes: [ ").append(String.join(" ",
                            port.sources().stream().map(JitBodies::bicepString).toList())).append(" ]");
                }
                out.append("\n            maxRequestAccessDuration: ")
                        .append(bicepString(port.maxRequestAccessDuration())).append("\n          }\n");
            }
            out.append("        ]\n      }\n");
        }
        return out.append("    ]").toString();
    }

    /** The body of {@code …/initiate} asking access to the VM's ports from the admin sources for an hour. */
    public static String initiateJson(String vmId, List<Integer> ports, String source, String justification) {
        StringJoiner portList = new StringJoiner(", ");
        ports.forEach(p -> portList.add("{\"number\": " + p + ", \"duration\": \"PT1H\", \"allowedSourceAddressPrefix\": "
                + jsonString(source) + "}"));
        return "{\"virtualMachines\": [{\"id\": " + jsonString(vmId) + ", \"ports\": [" + portList
                + "]}], \"justification\": " + jsonString(justification) + "}";
    }

    private static String jsonSources(List<String> sources) {
        if (sources.size() == 1) {
            return "\"allowedSourceAddressPrefix\": " + jsonString(sources.get(0));
        }
        return "\"allowedSourceAddressPrefixes\": [" + String.join(", ",
                sources.stream().map(JitBodies::jsonString).toList()) + "]";
    }

    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : String.valueOf(value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A single-quoted PowerShell string: nothing inside is expanded. */
    static String psString(String value) {
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }

    static String bicepString(String value) {
        return "'" + String.valueOf(value).replace("\\", "\\\\").replace("'", "\\'").replace("${", "\\${") + "'";
    }
}
