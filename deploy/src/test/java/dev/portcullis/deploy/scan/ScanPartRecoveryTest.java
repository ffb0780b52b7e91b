package dev.portcullis.deploy.scan;

import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.engine.vocabulary.ScanStatus;
import dev.portcullis.persistence.scan.ScanProgress;
import dev.portcullis.persistence.scan.ScanProgress.Claimed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a subscription's part of a scan survives the replica running it: a part found RUNNING was cut short and counts
 * as an interruption, retried until the retries are used up and then FAILED "Interrupted"; a part handed back at a
 * graceful stop counts nothing; an attempt that no longer owns its part may write nothing; and the scan finishes only
 * once every tenant is planned and no part is left.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ScanPartRecoveryTest {

    private static final int RETRIES = 2;

    @Inject
    TestDatabase database;

    @Inject
    ScanProgress progress;

    @Inject
    EntityManager em;

    private UUID scan;
    private UUID tenant;
    private UUID part;

    @BeforeEach
    void aRunningScanWithOneQueuedPart() {
        database.reset();
        onboardSimulatedTenants(SimulatorResource.simulator());
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] subscription = (Object[]) em.createNativeQuery("select id, tenant_ref from subscription limit 1")
                    .getSingleResult();
            tenant = (UUID) subscription[1];
            scan = UUID.randomUUID();
            em.createNativeQuery("insert into scan (id, status, trigger, scope_tenant, requested_at, started_at)"
                            + " values (:id, 'RUNNING', 'API', :tenant, now(), now())")
                    .setParameter("id", scan).setParameter("tenant", tenant).executeUpdate();
            progress.addTenants(scan, List.of(tenant));
            part = progress.plan(scan, tenant, List.of((UUID) subscription[0]), Instant.now()).orElseThrow().get(0);
        });
    }

    /** The scan here is made by hand and runs no job: it ends with the test, so the next test's reset need not wait. */
    @AfterEach
    void endTheHandMadeScan() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update scan set status = 'FAILED'"
                + " where id = :id and status = 'RUNNING'").setParameter("id", scan).executeUpdate());
    }

    @Test
    void aPartFoundRunningIsAnInterruptionAndPastTheRetriesItFailsAsInterrupted() {
        assertThat(claim()).isEqualTo(new Claimed.Run(claimOf(1)));
        for (int interruption = 1; interruption <= RETRIES; interruption++) {
            Claimed again = claim();
            assertThat(again).as("claim after interruption %d", interruption)
                    .isEqualTo(new Claimed.Run(claimOf(interruption + 1)));
            assertThat(column("interruptions")).isEqualTo(interruption);
        }

        assertThat(claim()).isEqualTo(new Claimed.GaveUp(scan, RETRIES + 1));
        assertThat(column("status")).isEqualTo("FAILED");
        assertThat((String) column("error")).startsWith("Interrupted").contains("3 times");
        assertThat(claim()).as("a late trigger finds it done").isEqualTo(new Claimed.AlreadyDone(scan));
    }

    @Test
    void aPartHandedBackAtAGracefulStopIsRunAgainWithoutCountingAnInterruption() {
        claim();

        assertThat(progress.handBack(part, 1)).isTrue();
        assertThat(column("status")).isEqualTo("QUEUED");
        assertThat(claim()).isEqualTo(new Claimed.Run(claimOf(2)));
        assertThat(column("interruptions")).isEqualTo(0);
        assertThat(progress.handBack(part, 1)).as("an older attempt cannot hand back the new one").isFalse();
    }

    @Test
    void onlyTheAttemptThatOwnsThePartMayWriteIt() {
        claim();
        claim();

        assertThat(QuarkusTransaction.requiringNew().call(() -> progress.stillOwns(part, 1))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> progress.stillOwns(part, 2))).isTrue();
        progress.fail(part, 1, "stale attempt", ScanProgress.ArmCost.NONE, Instant.now(), 1);
        assertThat(column("status")).as("the stale attempt's failure is not recorded").isEqualTo("RUNNING");
    }

    @Test
    void theScanFinishesOnlyWhenEveryTenantIsPlannedAndNoPartIsLeft() {
        UUID unplanned = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("create temporary table later on commit drop as select * from tenant where id = :tenant")
                    .setParameter("tenant", tenant).executeUpdate();
            em.createNativeQuery("update later set id = :id, tenant_id = gen_random_uuid(), display_name = 'Later'")
                    .setParameter("id", unplanned).executeUpdate();
            em.createNativeQuery("insert into tenant select * from later").executeUpdate();
        });
        progress.addTenants(scan, List.of(unplanned));
        claim();
        progress.fail(part, 1, "ARM answered 500", ScanProgress.ArmCost.NONE, Instant.now(), 1);

        assertThat(progress.finishIfDone(scan, Instant.now())).as("a tenant is still to plan").isEmpty();
        QuarkusTransaction.requiringNew().run(() -> progress.plan(scan, unplanned, List.of(), Instant.now()));
        assertThat(progress.finishIfDone(scan, Instant.now())).contains(ScanStatus.FAILED);
        assertThat(progress.finishIfDone(scan, Instant.now())).as("finished once").isEmpty();
    }

    private Claimed claim() {
        return progress.claim(part, "replica-test", RETRIES, Instant.now());
    }

    private ScanProgress.Claim claimOf(int attempt) {
        return new ScanProgress.Claim(scan, subscriptionOfPart(), attempt, null);
    }

    private UUID subscriptionOfPart() {
        return QuarkusTransaction.requiringNew().call(() -> progress.subscriptionOf(part));
    }

    private Object column(String name) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select " + name
                + " from subscription_scan where id = :id").setParameter("id", part).getSingleResult());
    }
}
