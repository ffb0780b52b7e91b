package dev.portcullis.engine.findings;

import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.checks.CheckResult;
import java.time.Instant;
import java.util.Map;

/**
 * An accepted risk, by resource (and check), by resource group of a subscription, or by tag {@code key=value}; each
 * optionally limited to one check. Pure: matching needs only the result, the resource's tags and the time.
 */
public record Suppression(String checkId, String resourceId, String subscriptionId, String resourceGroup,
                          String tagKey, String tagValue, Instant expiresAt) {

    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    public boolean matches(CheckResult result, Map<String, String> tags, Instant now) {
        if (!activeAt(now) || (checkId != null && !checkId.equals(result.checkId()))) {
            return false;
        }
        if (resourceId != null) {
            return ArmIds.same(resourceId, result.resourceId());
        }
        if (resourceGroup != null) {
            return subscriptionId != null
                    && subscriptionId.equalsIgnoreCase(ArmIds.segmentAfter(result.resourceId(), "subscriptions"))
                    && resourceGroup.equalsIgnoreCase(String.valueOf(ArmIds.segmentAfter(result.resourceId(),
                    "resourceGroups")));
        }
        return tagKey != null && tagValue != null && tags.entrySet().stream()
                .anyMatch(t -> t.getKey().equalsIgnoreCase(tagKey) && tagValue.equals(t.getValue()));
    }
}
