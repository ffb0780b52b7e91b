package dev.portcullis.engine.findings;

import dev.portcullis.engine.inventory.ArmIds;

/** A finding is one (check, resource) pair; the resource is matched case-insensitively. */
public record FindingKey(String checkId, String resourceKey) {

    public static FindingKey of(String checkId, String resourceId) {
        return new FindingKey(checkId, ArmIds.key(resourceId));
    }
}
