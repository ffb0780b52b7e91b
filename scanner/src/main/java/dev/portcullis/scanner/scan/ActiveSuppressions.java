package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.suppression.SuppressionEntity;
import dev.portcullis.engine.findings.Suppression;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.checks.CheckResult;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The suppressions in force at a scan's time, matched against its results with the resources' tags. */
final class ActiveSuppressions {

    private final List<Entry> entries;
    private final Map<String, Map<String, String>> tagsByResource;
    private final Instant at;

    private record Entry(Suppression suppression, String reason) {
    }

    private ActiveSuppressions(List<Entry> entries, Map<String, Map<String, String>> tagsByResource, Instant at) {
        this.entries = entries;
        this.tagsByResource = tagsByResource;
        this.at = at;
    }

    /** Loads the suppressions active at {@code at}; must run inside the ledger's transaction. */
    static ActiveSuppressions load(SubscriptionInventory inventory, Instant at) {
        List<Entry> entries = SuppressionEntity.<SuppressionEntity>list("expiresAt is null or expiresAt > ?1", at)
                .stream()
                .map(s -> new Entry(new Suppression(s.checkId, s.resourceId,
                        s.subscriptionId == null ? null : s.subscriptionId.toString(), s.resourceGroup, s.tagKey,
                        s.tagValue, s.expiresAt), s.reason))
                .toList();
        Map<String, Map<String, String>> tags = new HashMap<>();
        for (VirtualMachine vm : inventory.virtualMachines()) {
            tags.put(ArmIds.key(vm.id()), vm.tags());
        }
        return new ActiveSuppressions(entries, tags, at);
    }

    boolean covers(CheckResult result) {
        return first(result).isPresent();
    }

    String reasonFor(CheckResult result) {
        return first(result).map(Entry::reason).orElse(null);
    }

    private Optional<Entry> first(CheckResult result) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> tags = tagsByResource.getOrDefault(ArmIds.key(result.resourceId()), Map.of());
        return entries.stream().filter(e -> e.suppression().matches(result, tags, at)).findFirst();
    }
}
