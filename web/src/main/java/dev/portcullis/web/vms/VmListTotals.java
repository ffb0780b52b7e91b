package dev.portcullis.web.vms;

import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.VmFilter;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.persistence.query.VmSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The VM list page's total per caller scope and filter, kept until the estate changes: counting walks every matching
 * index entry (10,000 for an unfiltered list of 10,000 VMs) on each page view, while the number only changes when a
 * scan is applied or a tenant is purged. As {@code OverviewSnapshots} does, a total is forgotten when this process
 * learns of a change ({@link EstateChanged}, after the commit) and counted again at most {@link #FRESH_FOR} after a
 * change another replica made: the page's total (and so its number of pages) may lag that long behind the rows it
 * lists, which are always read fresh. The API counts on every request.
 */
@ApplicationScoped
public class VmListTotals {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final int MAX_TOTALS = 1000;

    /** The filter without its order: every order lists the same VMs. */
    private record Key(TenantScope scope, VmFilter filter) {
    }

    private record Total(long value, long countedAtNanos) {
    }

    private final VmQueries vms;
    private final Map<Key, Total> totals = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public VmListTotals(VmQueries vms) {
        this.vms = vms;
    }

    /** How many VMs the scope holds that match the filter, counted at most {@link #FRESH_FOR} ago. */
    public long of(TenantScope scope, VmFilter filter) {
        Key key = new Key(scope, new VmFilter(filter.tenantRef(), filter.subscriptionId(), filter.jitStatus(),
                filter.osType(), filter.exposed(), filter.nameContains(), VmSort.NAME));
        Total total = totals.get(key);
        if (total != null && System.nanoTime() - total.countedAtNanos() < FRESH_FOR.toNanos()) {
            return total.value();
        }
        long before = generation.get();
        long started = System.nanoTime();
        long value = vms.count(scope, filter);
        // a change learnt of while counting may have come after the count read the table: keep it only if none was
        if (generation.get() == before) {
            if (totals.size() >= MAX_TOTALS) {
                totals.clear();
            }
            totals.put(key, new Total(value, started));
        }
        return value;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) EstateChanged change) {
        generation.incrementAndGet();
        totals.clear();
    }
}
