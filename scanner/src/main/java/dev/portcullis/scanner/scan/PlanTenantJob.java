package dev.portcullis.scanner.scan;

import jakarta.enterprise.context.Dependent;
import java.util.UUID;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job that plans one tenant's part of a scan ({@link ScanPlanner}). */
@Dependent
public class PlanTenantJob implements Job {

    private final ScanPlanner planner;

    public PlanTenantJob(ScanPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        planner.plan(UUID.fromString(context.getMergedJobDataMap().getString(ScanJobs.SCAN)),
                UUID.fromString(context.getMergedJobDataMap().getString(ScanJobs.TENANT)));
    }
}
