package dev.portcullis.scanner.scan;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Scans every enabled subscription on {@code portcullis.scan.every} ({@code off} disables it). Like any request, it
 * joins the scan of everything already queued rather than queueing another.
 */
@ApplicationScoped
public class ScheduledScans {

    private final ScanCoordinator coordinator;

    public ScheduledScans(ScanCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @Scheduled(identity = "scan-all", every = "${portcullis.scan.every:6h}",
            delayed = "${portcullis.scan.first-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scanAll() {
        coordinator.request(ScanScope.all(), "SCHEDULE");
    }
}
