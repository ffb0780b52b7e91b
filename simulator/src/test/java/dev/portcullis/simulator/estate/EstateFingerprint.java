package dev.portcullis.simulator.estate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest per part of an estate (every list in its order, every resource by id, the expectations),
 * so a golden copy of today's estate can be kept in a few lines and compared after any refactoring.
 */
final class EstateFingerprint {

    private EstateFingerprint() {
    }

    /** Part name → SHA-256 of what is served (or expected) for it, in a stable order. */
    static Map<String, String> of(Estate estate) {
        Map<String, String> parts = new TreeMap<>();
        ArmCatalog catalog = estate.catalog();
        parts.put("tenants", sha256(String.join("\n", catalog.tenantsJson())));
        parts.put("subscriptions", sha256(String.join("\n", catalog.subscriptionsJson())));
        for (SimSubscription subscription : estate.subscriptions()) {
            String sid = subscription.subscriptionId();
            parts.put(sid + " resourceGroups", sha256(String.join("\n", catalog.resourceGroupsJson(sid))));
            for (ResourceType type : ResourceType.values()) {
                parts.put(sid + " " + type, sha256(String.join("\n", catalog.list(sid, type))));
            }
            parts.put(sid + " expectedDefenderP2", sha256(subscription.toString()));
            List<String> vms = new ArrayList<>();
            estate.virtualMachinesIn(sid).forEach(vm -> vms.add(vm.toString()));
            parts.put(sid + " expected", sha256(String.join("\n", vms)));
        }
        Map<String, String> byId = new TreeMap<>();
        catalog.allResources().forEach(resource -> byId.put(resource.key(), resource.json()));
        StringBuilder all = new StringBuilder();
        byId.forEach((key, json) -> all.append(key).append('\n').append(json).append('\n'));
        parts.put("byId", sha256(all.toString()));
        return parts;
    }

    /** One line per part: {@code part<TAB>digest}. */
    static String text(Estate estate) {
        StringBuilder out = new StringBuilder();
        of(estate).forEach((part, digest) -> out.append(part).append('\t').append(digest).append('\n'));
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
