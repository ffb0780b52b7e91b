package dev.portcullis.scanner.scan;

import jakarta.enterprise.context.Dependent;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job that starts the queued scans that have become due
 * ({@link ScanCoordinator#enqueue(ScanScope, String, java.time.Duration)}).
 */
@Dependent
public class DispatchScansJob implements Job {

    private final ScanCoordinator coordinator;

    public DispatchScansJob(ScanCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @Override
    public void execute(JobExecutionContext context) {
        coordinator.dispatch();
    }
}
