package dev.portcullis.deploy.support;

import dev.portcullis.persistence.query.EstateChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/** Empties the product's tables between tests (local accounts stay), on the real PostgreSQL, and says so to caches. */
@ApplicationScoped
public class TestDatabase {

    private final EntityManager em;
    private final Event<EstateChanged> changed;

    public TestDatabase(EntityManager em, Event<EstateChanged> changed) {
        this.em = em;
        this.changed = changed;
    }

    public void reset() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate suppression, daily_rollup, scan_rollup, jit_policy, finding_event, finding, virtual_machine,"
                        + " subscription_scan, scan, subscription, tenant"
                        + " cascade").executeUpdate());
        changed.fire(new EstateChanged("test database reset"));
    }
}
