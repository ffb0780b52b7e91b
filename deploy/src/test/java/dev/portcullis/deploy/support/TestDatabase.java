package dev.portcullis.deploy.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Empties the product's tables between tests (local accounts stay), on the real PostgreSQL. */
@ApplicationScoped
public class TestDatabase {

    private final EntityManager em;

    public TestDatabase(EntityManager em) {
        this.em = em;
    }

    public void reset() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate suppression, daily_rollup, scan_rollup, jit_policy, finding_event, finding, virtual_machine,"
                        + " subscription_scan, scan, subscription, tenant"
                        + " cascade").executeUpdate());
    }
}
