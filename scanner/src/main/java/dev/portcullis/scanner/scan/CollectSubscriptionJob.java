package dev.portcullis.scanner.scan;

import jakarta.enterprise.context.Dependent;
import java.util.UUID;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of one subscription ({@link SubscriptionScans}): one durable job per subscription, which Quartz never
 * runs twice at once anywhere in the cluster; each trigger names the part of a scan to run.
 */
@Dependent
@DisallowConcurrentExecution
public class CollectSubscriptionJob implements Job {

    private final SubscriptionScans scans;

    public CollectSubscriptionJob(SubscriptionScans scans) {
        this.scans = scans;
    }

    @Override
    public void execute(JobExecutionContext context) {
        scans.run(UUID.fromString(context.getMergedJobDataMap().getString(ScanJobs.PART)),
                UUID.fromString(context.getMergedJobDataMap().getString(ScanJobs.TENANT)));
    }
}
