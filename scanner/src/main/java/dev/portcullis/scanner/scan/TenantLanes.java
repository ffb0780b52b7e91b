package dev.portcullis.scanner.scan;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One lane of collection threads per tenant ({@code portcullis.scan.parallelism} each, idle threads let go after a
 * minute): a tenant whose ARM is slow or endless fills only its own lane, and every other tenant's subscriptions are
 * collected as if it were not there.
 */
final class TenantLanes {

    private final int threadsPerTenant;
    private final Map<UUID, ThreadPoolExecutor> lanes = new ConcurrentHashMap<>();

    TenantLanes(int threadsPerTenant) {
        this.threadsPerTenant = threadsPerTenant;
    }

    ExecutorService of(UUID tenantRef) {
        return lanes.computeIfAbsent(tenantRef, ref -> {
            AtomicInteger counter = new AtomicInteger();
            String prefix = "portcullis-collect-" + ref.toString().substring(0, 8) + "-";
            ThreadPoolExecutor lane = new ThreadPoolExecutor(threadsPerTenant, threadsPerTenant, 1, TimeUnit.MINUTES,
                    new LinkedBlockingQueue<>(), runnable -> {
                        Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            lane.allowCoreThreadTimeOut(true);
            return lane;
        });
    }

    void shutdownNow() {
        lanes.values().forEach(ThreadPoolExecutor::shutdownNow);
    }
}
