package dev.portcullis.scanner.scan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of scans this replica is running now, with the attempt each runs as: what a graceful shutdown waits for, and
 * hands back when it cannot wait. Only this process's own work; the cluster's is in PostgreSQL.
 */
@ApplicationScoped
public class RunningParts {

    /** A tenant of a scan this replica is planning now. */
    record Planning(UUID scanId, UUID tenantRef) {
    }

    private final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();
    private final Set<Planning> plannings = ConcurrentHashMap.newKeySet();

    void planningStarted(Planning planning) {
        plannings.add(planning);
    }

    void planningEnded(Planning planning) {
        plannings.remove(planning);
    }

    /** The plannings still running (after {@link #awaitIdle}). */
    Set<Planning> plannings() {
        return Set.copyOf(plannings);
    }

    void started(UUID subscriptionScanId, int attempt) {
        attempts.put(subscriptionScanId, attempt);
    }

    void ended(UUID subscriptionScanId) {
        attempts.remove(subscriptionScanId);
    }

    /**
     * Waits until no part and no planning runs, or {@code grace} has passed; answers the parts that still run, by
     * attempt.
     */
    Map<UUID, Integer> awaitIdle(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while ((!attempts.isEmpty() || !plannings.isEmpty()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Map.copyOf(attempts);
    }
}
