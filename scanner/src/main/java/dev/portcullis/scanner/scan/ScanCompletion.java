package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.scan.ScanProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Finishes a scan when its last piece is done, on whichever replica did that piece: its status from its subscriptions'
 * parts, the change announced, and the next queued scans started.
 */
@ApplicationScoped
public class ScanCompletion {

    private static final Logger LOG = Logger.getLogger(ScanCompletion.class);

    private final ScanProgress progress;
    private final Event<EstateChanged> changed;
    private final ScanCoordinator coordinator;

    public ScanCompletion(ScanProgress progress, Event<EstateChanged> changed, ScanCoordinator coordinator) {
        this.progress = progress;
        this.changed = changed;
        this.coordinator = coordinator;
    }

    /** A piece of the scan is done: finishes the scan if it was the last. */
    void pieceDone(UUID scanId) {
        progress.finishIfDone(scanId, Instant.now()).ifPresent(status -> {
            LOG.infof("Scan %s finished: %s", scanId, status);
            changed.fire(new EstateChanged("scan " + status.name().toLowerCase(Locale.ROOT)));
            coordinator.dispatch();
        });
    }
}
