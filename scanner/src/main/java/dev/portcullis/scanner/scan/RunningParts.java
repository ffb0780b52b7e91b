package dev.portcullis.scanner.scan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of scans this replica is running now, with the attempt each runs as: what a graceful shutdown waits for, and
 * hands back when it cannot wait. Only this process's own work; the cluster's is in PostgreSQL.
 */
@ApplicationScoped
public class RunningParts {

    private final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();

    void started(UUID subscriptionScanId, int attempt) {
        attempts.put(subscriptionScanId, attempt);
    }

    void ended(UUID subscriptionScanId) {
        attempts.remove(subscriptionScanId);
    }

    /** Waits until nothing runs or {@code grace} has passed; answers what still runs, by attempt. */
    Map<UUID, Integer> awaitIdle(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (!attempts.isEmpty() && System.nanoTime() < deadline) {
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
