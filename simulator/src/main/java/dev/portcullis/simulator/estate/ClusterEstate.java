package dev.portcullis.simulator.estate;

import dev.portcullis.simulator.estate.builder.EstateBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Many subscriptions of the {@link LargeEstate} kind spread over a few tenants, for the cluster benchmark
 * ({@code ./portcullis bench-cluster}): {@code subscriptions} subscriptions of {@code vmsPerSubscription} VMs each,
 * subscription {@code s} (from 0) in tenant {@code s % tenants}.
 *
 * <p>Why several tenants: a replica collects at most {@code PORTCULLIS_SCAN_PARALLELISM} (4) subscriptions of one
 * tenant at once, out of {@code PORTCULLIS_SCAN_THREADS} (16) job threads. With one tenant, the per-tenant permits
 * would be the only limit (4 at once per replica, so 2 replicas trivially double it); with 10 tenants × 4 permits,
 * the 16 job threads of each replica are the limit, as in an installation that watches many tenants.
 *
 * <p>Ids: tenant {@code t} is {@code c1a5e000-0000-4000-8000-<t+1 in 12 digits>}, subscription {@code s} is
 * {@code c1a5e000-0001-4000-8000-<s+1 in 12 digits>}; names "Cluster Tenant 01", "Cluster Subscription 001"; VM
 * {@code i} of subscription {@code s} is {@code cl-<s+1 in 3 digits or more>-<i in 5 digits>}. Each subscription holds
 * what {@link LargeEstate#build} holds for its size (NICs, shared NSGs, public IPs on a quarter, JIT on half, load
 * balancers on a fifth); public addresses are handed out estate-wide from {@code 52.140.0.0/16}, so the whole estate
 * holds at most {@link EstateBuilder#MAX_PUBLIC_ADDRESSES} of them (about 250,000 VMs; {@link
 * LargeEstate#publicAddresses} per subscription).
 */
public final class ClusterEstate {

    /** Ten tenants of twenty subscriptions each for the benchmark's 200 subscriptions. */
    public static final int DEFAULT_TENANTS = 10;

    private ClusterEstate() {
    }

    public static String tenantId(int tenant) {
        return String.format("c1a5e000-0000-4000-8000-%012d", tenant + 1);
    }

    public static String subscriptionId(int subscription) {
        return String.format("c1a5e000-0001-4000-8000-%012d", subscription + 1);
    }

    /**
     * @throws IllegalArgumentException unless {@code subscriptions >= 1}, {@code 1 <= tenants <= subscriptions} and
     *     {@code 0 <= vmsPerSubscription <= LargeEstate.MAX_VMS}, or when the estate would need more public addresses
     *     than it has
     */
    public static Estate build(int subscriptions, int vmsPerSubscription, int tenants) {
        if (subscriptions < 1) {
            throw new IllegalArgumentException("at least one subscription, not " + subscriptions);
        }
        if (tenants < 1 || tenants > subscriptions) {
            throw new IllegalArgumentException("between 1 and " + subscriptions + " tenants (one subscription each at "
                    + "least), not " + tenants);
        }
        if (vmsPerSubscription < 0 || vmsPerSubscription > LargeEstate.MAX_VMS) {
            throw new IllegalArgumentException("between 0 and " + LargeEstate.MAX_VMS + " VMs per subscription, not "
                    + vmsPerSubscription);
        }
        long addresses = (long) subscriptions * LargeEstate.publicAddresses(vmsPerSubscription);
        if (addresses > EstateBuilder.MAX_PUBLIC_ADDRESSES) {
            throw new IllegalArgumentException(subscriptions + " subscriptions of " + vmsPerSubscription + " VMs need "
                    + addresses + " public IPv4 addresses; one estate has " + EstateBuilder.MAX_PUBLIC_ADDRESSES);
        }
        EstateBuilder estate = new EstateBuilder("52.140");
        List<SimTenant> simTenants = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            simTenants.add(estate.tenant(tenantId(t), String.format("Cluster Tenant %02d", t + 1),
                    String.format("cluster%02d.onmicrosoft.com", t + 1)));
        }
        int digits = Math.max(3, Integer.toString(subscriptions).length());
        for (int s = 0; s < subscriptions; s++) {
            String number = String.format("%0" + digits + "d", s + 1);
            LargeEstate.addSubscription(estate, simTenants.get(s % tenants), subscriptionId(s),
                    "Cluster Subscription " + number, "cl-" + number + "-", vmsPerSubscription);
        }
        return estate.build();
    }
}
