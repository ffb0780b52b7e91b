package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.estate.SimTenant;
import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;

/** Renders tenants, subscriptions and resource groups as the Resource Manager writes them. */
final class ContainerJson {

    private ContainerJson() {
    }

    static String tenant(SimTenant tenant) {
        return JsonWriter.object(json -> json
                .field("id", "/tenants/" + tenant.tenantId())
                .field("tenantId", tenant.tenantId())
                .field("countryCode", "JP")
                .field("displayName", tenant.displayName())
                .stringArray("domains", List.of(tenant.defaultDomain()))
                .field("tenantCategory", "Home")
                .field("defaultDomain", tenant.defaultDomain())
                .field("tenantType", "AAD"));
    }

    static String subscription(SubscriptionBuilder subscription) {
        return JsonWriter.object(json -> json
                .field("id", ArmIds.subscription(subscription.subscriptionId))
                .field("authorizationSource", "RoleBased")
                .array("managedByTenants", tenants -> { })
                .field("subscriptionId", subscription.subscriptionId)
                .field("tenantId", subscription.tenant.tenantId())
                .field("displayName", subscription.displayName)
                .field("state", "Enabled")
                .object("subscriptionPolicies", policies -> policies
                        .field("locationPlacementId", "Public_2014-09-01")
                        .field("quotaId", subscription.quotaId)
                        .field("spendingLimit", "Off")));
    }

    static String resourceGroup(ResourceGroupBuilder resourceGroup) {
        return JsonWriter.object(json -> json
                .field("id", resourceGroup.id())
                .field("name", resourceGroup.name)
                .field("type", "Microsoft.Resources/resourceGroups")
                .field("location", resourceGroup.location)
                .stringMap("tags", resourceGroup.tags)
                .object("properties", properties -> properties.field("provisioningState", "Succeeded")));
    }
}
