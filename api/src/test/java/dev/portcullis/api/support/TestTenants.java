package dev.portcullis.api.support;

import dev.portcullis.persistence.query.EstateChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Onboarded tenants as rows, for tests that need one to exist (a filter that resolves, a caller limited to it, a
 * tenant to change): each has fresh ids, so tests do not see each other's, and one enabled subscription. Onboarding
 * through the API signs in to Azure and is tested in deploy against the ARM simulator.
 */
@ApplicationScoped
public class TestTenants {

    private final EntityManager em;
    private final Event<EstateChanged> changed;

    public TestTenants(EntityManager em, Event<EstateChanged> changed) {
        this.em = em;
        this.changed = changed;
    }

    /** A tenant as the database holds it: its Portcullis id, its Entra tenant id and its one subscription. */
    public record Seeded(UUID id, UUID tenantId, UUID subscriptionId) {
    }

    public Seeded onboarded(String displayName) {
        Seeded tenant = new Seeded(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into tenant (id, tenant_id, display_name, cloud_name,"
                            + " resource_manager_endpoint, authority_host, credential_type, created_at)"
                            + " values (?1, ?2, ?3, 'Custom', 'https://127.0.0.1:1', 'https://127.0.0.1:1', 'none', now())")
                    .setParameter(1, tenant.id()).setParameter(2, tenant.tenantId()).setParameter(3, displayName)
                    .executeUpdate();
            em.createNativeQuery("insert into subscription (id, tenant_ref, subscription_id, display_name, state,"
                            + " enabled, created_at) values (?1, ?2, ?3, ?4, 'Enabled', true, now())")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, tenant.id())
                    .setParameter(3, tenant.subscriptionId()).setParameter(4, displayName + " subscription")
                    .executeUpdate();
        });
        changed.fire(new EstateChanged("test tenant " + displayName));
        return tenant;
    }
}
