package dev.portcullis.persistence.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scan queue: one queued scan per scope, and a scan that waits for its burst to settle before it can start. */
@QuarkusTest
class ScanQueueTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Inject
    TestEstate estate;

    @Inject
    ScanQueue queue;

    private UUID tenantRef;
    private UUID subscriptionRef;

    @BeforeEach
    void seed() {
        estate.reset();
        RowBuilder tenant = estate.tenant("Contoso").insert();
        tenantRef = (UUID) tenant.get("id");
        subscriptionRef = (UUID) estate.subscription(tenantRef, "Production").insert().get("id");
    }

    private List<UUID> claim(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> queue.claimStartable(now)).stream()
                .map(ScanQueue.Claimed::id).toList();
    }

    @Test
    void aSettlingScanIsJoinedByTheRestOfTheBurstAndStartsOnlyWhenDue() {
        ScanQueue.Queued first = queue.enqueue(null, subscriptionRef, "CHANGE", null, NOW, NOW.plusSeconds(5));
        ScanQueue.Queued second = queue.enqueue(null, subscriptionRef, "CHANGE", null, NOW.plusSeconds(2),
                NOW.plusSeconds(7));

        assertThat(first.joined()).isFalse();
        assertThat(second).isEqualTo(new ScanQueue.Queued(first.id(), true));
        assertThat(claim(NOW.plusSeconds(4))).as("not yet due").isEmpty();
        assertThat(claim(NOW.plusSeconds(5))).containsExactly(first.id());
    }

    @Test
    void aRequestThatWillNotWaitMakesTheSettlingScanItJoinsStartableAtOnce() {
        ScanQueue.Queued settling = queue.enqueue(null, subscriptionRef, "CHANGE", null, NOW, NOW.plusSeconds(5));
        ScanQueue.Queued asked = queue.enqueue(null, subscriptionRef, "API", null, NOW.plusSeconds(1));

        assertThat(asked).isEqualTo(new ScanQueue.Queued(settling.id(), true));
        assertThat(claim(NOW.plusSeconds(1))).containsExactly(settling.id());
    }
}
