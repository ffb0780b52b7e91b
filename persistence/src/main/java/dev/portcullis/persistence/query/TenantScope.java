package dev.portcullis.persistence.query;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The tenants a caller may see: all of them, or a set of them by Portcullis tenant id. Every read model takes one
 * and keeps what lies outside out of its rows, counts and sums, so another tenant's data reads as if it did not
 * exist.
 */
public final class TenantScope {

    public static final TenantScope ALL = new TenantScope(null);
    private static final String PARAMETER = "scopeTenants";

    private final Set<UUID> tenantRefs;

    private TenantScope(Set<UUID> tenantRefs) {
        this.tenantRefs = tenantRefs;
    }

    public static TenantScope of(Collection<UUID> tenantRefs) {
        return new TenantScope(Set.copyOf(tenantRefs));
    }

    public boolean all() {
        return tenantRefs == null;
    }

    public boolean includes(UUID tenantRef) {
        return tenantRefs == null || tenantRefs.contains(tenantRef);
    }

    /** An SQL (or JPQL) condition on a column holding a tenant's Portcullis id; bind the query with {@link #bind}. */
    public String condition(String tenantRefColumn) {
        if (tenantRefs == null) {
            return "1 = 1";
        }
        return tenantRefs.isEmpty() ? "1 = 0" : tenantRefColumn + " in (:" + PARAMETER + ")";
    }

    /** Binds the parameter {@link #condition} named, if it named one. */
    public <Q extends Query> Q bind(Q query) {
        if (tenantRefs != null && !tenantRefs.isEmpty()) {
            query.setParameter(PARAMETER, tenantRefs);
        }
        return query;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantScope scope && Objects.equals(tenantRefs, scope.tenantRefs);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(tenantRefs);
    }

    @Override
    public String toString() {
        return tenantRefs == null ? "TenantScope[all]" : "TenantScope" + tenantRefs;
    }
}
