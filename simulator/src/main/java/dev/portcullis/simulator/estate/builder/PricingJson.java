package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Renders a subscription's Defender pricings as {@code Microsoft.Security/pricings} (api-version
 * 2024-01-01) writes them: {@code VirtualMachines} from the subscription's {@link DefenderPlan},
 * and a few other plans that stay the same everywhere.
 */
final class PricingJson {

    private PricingJson() {
    }

    /** Pricing name → JSON, in the order ARM lists them. */
    static Map<String, String> render(SubscriptionBuilder subscription) {
        String sid = subscription.subscriptionId;
        Map<String, String> pricings = new LinkedHashMap<>();
        pricings.put("VirtualMachines", virtualMachines(sid, subscription.defenderPlan));
        pricings.put("SqlServers", pricing(sid, "SqlServers", json -> json
                .field("pricingTier", "Free")
                .field("freeTrialRemainingTime", "PT0S")));
        pricings.put("StorageAccounts", pricing(sid, "StorageAccounts", json -> json
                .field("pricingTier", "Standard")
                .field("subPlan", "DefenderForStorageV2")
                .field("freeTrialRemainingTime", "PT0S")
                .field("enablementTime", "2024-06-03T08:15:00.0000000Z")
                .array("extensions", extensions -> extensions
                        .beginObject().field("name", "OnUploadMalwareScanning").field("isEnabled", "True")
                        .object("additionalExtensionProperties", more -> more.field("CapGBPerMonthPerStorageAccount", "5000"))
                        .endObject()
                        .beginObject().field("name", "SensitiveDataDiscovery").field("isEnabled", "False").endObject())));
        pricings.put("KeyVaults", pricing(sid, "KeyVaults", json -> json
                .field("pricingTier", "Free")
                .field("freeTrialRemainingTime", "PT0S")));
        pricings.put("Arm", pricing(sid, "Arm", json -> json
                .field("pricingTier", "Standard")
                .field("subPlan", "PerSubscription")
                .field("freeTrialRemainingTime", "PT0S")
                .field("enablementTime", "2024-06-03T08:15:00.0000000Z")));
        return pricings;
    }

    private static String virtualMachines(String sid, DefenderPlan plan) {
        return pricing(sid, "VirtualMachines", json -> {
            switch (plan) {
                case STANDARD_P2 -> json
                        .field("pricingTier", "Standard")
                        .field("subPlan", "P2")
                        .field("freeTrialRemainingTime", "PT0S")
                        .field("enablementTime", "2024-05-20T02:30:00.0000000Z")
                        .field("resourcesCoverageStatus", "FullyCovered")
                        .array("extensions", extensions -> extensions
                                .beginObject().field("name", "MdeDesignatedSubscription").field("isEnabled", "False").endObject()
                                .beginObject().field("name", "AgentlessVmScanning").field("isEnabled", "True")
                                .object("additionalExtensionProperties", more -> more.field("ExclusionTags", "[]"))
                                .endObject()
                                .beginObject().field("name", "FileIntegrityMonitoring").field("isEnabled", "False").endObject());
                case STANDARD_P1 -> json
                        .field("pricingTier", "Standard")
                        .field("subPlan", "P1")
                        .field("freeTrialRemainingTime", "PT0S")
                        .field("enablementTime", "2024-09-02T06:00:00.0000000Z")
                        .field("resourcesCoverageStatus", "FullyCovered");
                case FREE -> json
                        .field("pricingTier", "Free")
                        .field("freeTrialRemainingTime", "P30D");
                case STANDARD_P2_LEGACY_EXTENSIONS -> json
                        .field("pricingTier", "Standard")
                        .field("subPlan", "P2")
                        .field("freeTrialRemainingTime", "PT0S")
                        .field("enablementTime", "2023-11-07T10:00:00.0000000Z")
                        .array("extensions", extensions -> extensions
                                .beginObject().field("type", "MdeDesignatedSubscription").field("isEnabled", false).endObject()
                                .beginObject().field("type", "AgentlessVmScanning").field("isEnabled", true).endObject());
            }
        });
    }

    private static String pricing(String sid, String name, Consumer<JsonWriter> properties) {
        return JsonWriter.object(json -> json
                .field("id", ArmIds.pricing(sid, name))
                .field("name", name)
                .field("type", "Microsoft.Security/pricings")
                .object("properties", properties));
    }
}
