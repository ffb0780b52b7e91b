package dev.portcullis.deploy.support;

import dev.portcullis.persistence.query.EstateChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;

/**
 * Empties the product's tables between tests, on the real PostgreSQL, and says so to caches. Of the local accounts only
 * {@code admin} stays, unlocked and without tokens; the audit log stays (it refuses deletes), so tests read only their own lines.
 */
@ApplicationScoped
public class TestDatabase {

    private final EntityManager em;
    private final Event<EstateChanged> changed;
    private final Connection connection;

    /** How the application reaches the test database, for tools run beside it (pg_dump, the launcher). */
    public record Connection(String jdbcUrl, String user, String password) {
    }

    public TestDatabase(EntityManager em, Event<EstateChanged> changed,
                        TestDatabaseConfig config) {
        this.em = em;
        this.changed = changed;
        this.connection = new Connection(config.jdbc().url(), config.username(), config.password());
    }

    /**
     * Waits for the scans an earlier test left running (they run as jobs, on the same tables): emptying the tables under
     * them would only deadlock with them.
     */
    private void awaitScansFinished() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Number unfinished = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                    "select count(*) from scan where status in ('QUEUED', 'RUNNING')").getSingleResult());
            if (unfinished.longValue() == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("scans left running by an earlier test did not finish in 90 s");
    }

    public Connection connection() {
        return connection;
    }

    public void reset() {
        awaitScansFinished();
        truncateEstate();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from api_token").executeUpdate();
            em.createNativeQuery("delete from user_account where username <> 'admin'").executeUpdate();
            em.createNativeQuery("update user_account set failed_logins = 0, locked_until = null").executeUpdate();
        });
        changed.fire(new EstateChanged("test database reset"));
    }

    /**
     * Empties the estate's tables. The notification ticks read some of them every second on their own transactions,
     * so the truncate's exclusive locks may deadlock with one; PostgreSQL then cancels one side, and this tries again.
     */
    private void truncateEstate() {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("truncate destination, suppression,"
                        + " daily_rollup, daily_total, tenant_daily_total, scan_rollup, jit_policy, finding_event,"
                        + " finding, virtual_machine, scan_tenant, subscription_scan, scan, subscription, tenant"
                        + " cascade").executeUpdate());
                return;
            } catch (PersistenceException e) {
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("deadlock detected")) {
                    throw e;
                }
            }
        }
    }
}
