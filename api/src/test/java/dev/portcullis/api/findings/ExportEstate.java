package dev.portcullis.api.findings;

import dev.portcullis.api.support.TestTenants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Findings of an onboarded test tenant, written as rows: one of each status, a VM for the region, and as many more as a
 * test needs to span several export batches.
 */
@ApplicationScoped
class ExportEstate {

    static final Instant FIRST_SEEN = Instant.parse("2026-11-01T08:00:00Z");
    static final Instant LAST_SEEN = Instant.parse("2026-11-29T08:00:00Z");

    private final EntityManager em;
    private final TestTenants tenants;

    ExportEstate(EntityManager em, TestTenants tenants) {
        this.em = em;
        this.tenants = tenants;
    }

    /** A tenant with a VM and three findings on it: open, suppressed and resolved. */
    record Seeded(TestTenants.Seeded tenant, String vmId, UUID open, UUID suppressed, UUID resolved) {
    }

    Seeded tenantWithFindings(String name) {
        TestTenants.Seeded tenant = tenants.onboarded(name);
        String vmId = "/subscriptions/" + tenant.subscriptionId() + "/resourceGroups/rg-" + name.replace(' ', '-')
                + "/providers/Microsoft.Compute/virtualMachines/vm-" + name.replace(' ', '-');
        UUID subscriptionRef = subscriptionRef(tenant);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into virtual_machine (id, subscription_ref, resource_key, resource_id, name, resource_group,
                       location, os_type, public_ips, jit_ports, jit_status, first_seen_at, updated_at)
                values (?1, ?2, lower(?3), ?3, ?4, ?5, 'japaneast', 'Linux', '[]', '[]', 'NONE', ?6, ?6)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, subscriptionRef).setParameter(3, vmId)
                .setParameter(4, "vm-" + name.replace(' ', '-')).setParameter(5, "rg-" + name.replace(' ', '-'))
                .setParameter(6, FIRST_SEEN).executeUpdate());
        UUID open = finding(subscriptionRef, "vm_jit_enabled", vmId, "HIGH", "OPEN", null);
        UUID suppressed = finding(subscriptionRef, "vm_nsg_attached", vmId, "MEDIUM", "SUPPRESSED", null);
        UUID resolved = finding(subscriptionRef, "vm_management_port_internet_exposed", vmId, "CRITICAL",
                "RESOLVED", LAST_SEEN);
        return new Seeded(tenant, vmId, open, suppressed, resolved);
    }

    /** One more open finding of the tenant's subscription on its own resource. */
    UUID finding(TestTenants.Seeded tenant, String resourceName, String detail) {
        String resourceId = "/subscriptions/" + tenant.subscriptionId()
                + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/" + UUID.randomUUID();
        UUID id = finding(subscriptionRef(tenant), "vm_jit_enabled", resourceId, "LOW", "OPEN", null);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update finding set resource_name = ?1, detail = ?2 where id = ?3")
                .setParameter(1, resourceName).setParameter(2, detail).setParameter(3, id).executeUpdate());
        return id;
    }

    /** {@code count} open findings of the tenant's subscription, each on its own VM. */
    void manyFindings(TestTenants.Seeded tenant, int count) {
        UUID subscriptionRef = subscriptionRef(tenant);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into finding (id, check_id, resource_key, resource_id, resource_name, subscription_ref,
                       severity, status, first_seen_at, last_seen_at)
                select gen_random_uuid(), 'vm_jit_enabled', lower(v.id), v.id, 'vm' || n, ?1, 'HIGH', 'OPEN', ?2, ?2
                  from generate_series(1, ?3) n,
                       lateral (select '/subscriptions/' || ?4 || '/resourceGroups/rg/providers/'
                                       || 'Microsoft.Compute/virtualMachines/vm' || n as id) v""")
                .setParameter(1, subscriptionRef).setParameter(2, FIRST_SEEN).setParameter(3, count)
                .setParameter(4, tenant.subscriptionId().toString()).executeUpdate());
    }

    private UUID finding(UUID subscriptionRef, String checkId, String resourceId, String severity, String status,
                         Instant resolvedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into finding (id, check_id, resource_key, resource_id, resource_name, subscription_ref,
                       severity, status, detail, first_seen_at, last_seen_at, resolved_at, reopen_count)
                values (?1, ?2, lower(?3), ?3, ?4, ?5, ?6, ?7, 'Port 22 is open to the internet.', ?8, ?9,\s"""
                        + (resolvedAt == null ? "null" : "?9") + ", 1)")
                .setParameter(1, id).setParameter(2, checkId).setParameter(3, resourceId)
                .setParameter(4, resourceId.substring(resourceId.lastIndexOf('/') + 1))
                .setParameter(5, subscriptionRef).setParameter(6, severity).setParameter(7, status)
                .setParameter(8, FIRST_SEEN).setParameter(9, resolvedAt == null ? LAST_SEEN : resolvedAt)
                .executeUpdate());
        return id;
    }

    private UUID subscriptionRef(TestTenants.Seeded tenant) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                        "select id from subscription where subscription_id = ?1")
                .setParameter(1, tenant.subscriptionId()).getSingleResult());
    }
}
