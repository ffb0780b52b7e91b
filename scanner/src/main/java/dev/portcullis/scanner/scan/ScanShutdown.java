package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.scan.ScanProgress;
import dev.portcullis.scanner.config.ScannerConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A replica that stops takes no more scan work, waits up to {@code portcullis.scan.shutdown-grace} for the
 * subscriptions it collects and the tenants it plans, and hands back those still running: their parts are queued again
 * (no attempt counted against them) and another replica runs them when the cluster recovers this one's triggers; a
 * planning is scheduled again for another replica. Whatever a handed-back
 * collection still does here is never applied.
 */
@ApplicationScoped
public class ScanShutdown {

    private static final Logger LOG = Logger.getLogger(ScanShutdown.class);

    private final ScanJobs jobs;
    private final RunningParts running;
    private final ScanProgress progress;
    private final ScannerConfig config;

    public ScanShutdown(ScanJobs jobs, RunningParts running, ScanProgress progress, ScannerConfig config) {
        this.jobs = jobs;
        this.running = running;
        this.progress = progress;
        this.config = config;
    }

    void stop(@Observes ShutdownEvent event) {
        try {
            jobs.standby();
        } catch (RuntimeException e) {
            LOG.warnf("Could not put the job scheduler in standby: %s", e.getMessage());
        }
        Map<UUID, Integer> stillRunning = running.awaitIdle(config.shutdownGrace());
        running.plannings().forEach(planning -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> jobs.planTenantAgain(planning.scanId(),
                        planning.tenantRef()));
                LOG.infof("Handed back the planning of tenant %s for scan %s: another replica plans it",
                        planning.tenantRef(), planning.scanId());
            } catch (RuntimeException e) {
                LOG.warnf("Could not hand back the planning of tenant %s for scan %s: %s", planning.tenantRef(),
                        planning.scanId(), e.getMessage());
            }
        });
        stillRunning.forEach((part, attempt) -> {
            try {
                if (progress.handBack(part, attempt)) {
                    LOG.infof("Handed back subscription part %s (attempt %d): another replica runs it", part, attempt);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not hand back subscription part %s: %s; the cluster recovers it as interrupted",
                        part, e.getMessage());
            }
        });
    }
}
