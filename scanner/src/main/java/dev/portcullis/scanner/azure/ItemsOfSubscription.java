package dev.portcullis.scanner.azure;

import dev.portcullis.engine.inventory.ArmIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Keeps, of what ARM lists for a subscription, only the items whose id lies under that subscription. An item of
 * another subscription (a misbehaving or hostile endpoint) is dropped and logged: filed under the scanned
 * subscription, it would move another tenant's resource into this one's view, or hide it from its own.
 */
final class ItemsOfSubscription {

    private static final Logger LOG = Logger.getLogger(ItemsOfSubscription.class);

    private ItemsOfSubscription() {
    }

    static <T> List<T> keep(String subscriptionId, String what, List<T> items, Function<T, String> idOf) {
        String prefix = "/subscriptions/" + subscriptionId.toLowerCase(Locale.ROOT) + "/";
        List<T> kept = new ArrayList<>(items.size());
        List<String> dropped = new ArrayList<>();
        for (T item : items) {
            String key = ArmIds.key(idOf.apply(item));
            if (key != null && key.startsWith(prefix)) {
                kept.add(item);
            } else {
                dropped.add(String.valueOf(idOf.apply(item)));
            }
        }
        if (!dropped.isEmpty()) {
            LOG.warnf("Subscription %s: ARM listed %d %s outside it; dropped (first: %s)", subscriptionId,
                    dropped.size(), what, dropped.get(0));
        }
        return kept;
    }
}
