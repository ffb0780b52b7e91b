package dev.portcullis.scanner.scan;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * How many of one tenant's subscriptions this replica collects at once ({@code portcullis.scan.parallelism} each): a
 * tenant whose ARM is slow or endless holds only its own permits, and the job threads it cannot use go to other tenants.
 */
final class TenantPermits {

    private final int perTenant;
    private final Map<UUID, Semaphore> permits = new ConcurrentHashMap<>();

    TenantPermits(int perTenant) {
        this.perTenant = perTenant;
    }

    /** Takes one of the tenant's permits if one is free. */
    boolean tryAcquire(UUID tenantRef) {
        return permits.computeIfAbsent(tenantRef, t -> new Semaphore(perTenant)).tryAcquire();
    }

    void release(UUID tenantRef) {
        permits.get(tenantRef).release();
    }
}
