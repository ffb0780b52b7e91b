package dev.portcullis.engine.remediation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the Terraform parts of several remediation sets one configuration: one {@code terraform} block and one
 * provider block per provider, then the sets' resources. The providers are the ones Terraform itself infers, from the
 * prefix of each resource type ({@code azapi_resource} → azapi, {@code azurerm_…} → azurerm). The templates hold
 * resources only, so the parts can be concatenated without declaring a provider twice.
 */
final class TerraformConfiguration {

    private static final Pattern RESOURCE = Pattern.compile("(?m)^resource \"([a-z0-9]+)_");
    private static final Map<String, String> SOURCES = Map.of(
            "azapi", "Azure/azapi\"\n      version = \">= 2.0",
            "azurerm", "hashicorp/azurerm\"\n      version = \">= 4.0");

    private TerraformConfiguration() {
    }

    static String of(List<String> parts, String subscriptionId) {
        String resources = String.join("\n", parts);
        Set<String> providers = new LinkedHashSet<>();
        Matcher matcher = RESOURCE.matcher(resources);
        while (matcher.find()) {
            providers.add(matcher.group(1));
        }
        if (providers.isEmpty()) {
            return resources;
        }
        StringBuilder header = new StringBuilder("terraform {\n  required_version = \">= 1.5\"\n"
                + "  required_providers {\n");
        for (String provider : providers) {
            String source = SOURCES.get(provider);
            if (source == null) {
                throw new IllegalStateException("No source known for Terraform provider " + provider);
            }
            header.append("    ").append(provider).append(" = {\n      source  = \"").append(source)
                    .append("\"\n    }\n");
        }
        header.append("  }\n}\n\n");
        for (String provider : providers) {
            header.append("provider \"").append(provider).append("\" {\n");
            if (provider.equals("azurerm")) {
                header.append("  features {}\n");
            }
            header.append("  subscription_id = ").append(ScriptText.hcl(subscriptionId)).append("\n}\n\n");
        }
        return header + resources;
    }
}
