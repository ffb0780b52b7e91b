package dev.portcullis.scanner.change;

import dev.portcullis.engine.change.PollWindow;
import dev.portcullis.persistence.change.ChangeFeeds;
import dev.portcullis.persistence.tenant.TenantEntity;
import dev.portcullis.scanner.azure.ActivityLog;
import dev.portcullis.scanner.azure.ArmCallException;
import dev.portcullis.scanner.azure.ArmSession;
import dev.portcullis.scanner.azure.ArmSessionFactory;
import dev.portcullis.scanner.tenant.TenantConnections;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads each scanned subscription's activity log every {@code portcullis.change.poll} ({@code off} disables it), once
 * per cluster (a clustered trigger), and hands what it finds to {@link ChangeIntake}. Each poll asks for the window
 * {@link PollWindow} gives: one list page when nothing happened. A poll that fails is kept on the subscription (its
 * page shows it) and the next one looks back from the last poll that succeeded; the scheduled scans cover the
 * subscription meanwhile.
 */
@ApplicationScoped
public class ChangePolling {

    private static final Logger LOG = Logger.getLogger(ChangePolling.class);

    private final ChangeFeeds feeds;
    private final ChangeIntake intake;
    private final ArmSessionFactory sessions;
    private final TenantConnections connections;
    private final MeterRegistry metrics;
    private final PollWindow window;
    private final Clock clock = Clock.systemUTC();

    public ChangePolling(ChangeFeeds feeds, ChangeIntake intake, ArmSessionFactory sessions,
                         TenantConnections connections, MeterRegistry metrics,
                         @ConfigProperty(name = "portcullis.change.overlap", defaultValue = "20m") Duration overlap) {
        this.feeds = feeds;
        this.intake = intake;
        this.sessions = sessions;
        this.connections = connections;
        this.metrics = metrics;
        this.window = new PollWindow(overlap);
    }

    @Scheduled(identity = "change-poll", every = "${portcullis.change.poll:off}",
            delayed = "${portcullis.change.first-poll-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollEverySubscription() {
        pollAll();
    }

    /** One poll of every scanned subscription, tenant by tenant (one authenticated session each). */
    public void pollAll() {
        Map<UUID, List<ChangeFeeds.Feed>> byTenant = feeds.feeds().stream()
                .collect(Collectors.groupingBy(ChangeFeeds.Feed::tenantRef));
        byTenant.forEach(this::pollTenant);
    }

    private void pollTenant(UUID tenantRef, List<ChangeFeeds.Feed> subscriptions) {
        ArmSession session;
        try {
            session = sessions.open(QuarkusTransaction.requiringNew().call(
                    () -> connections.of(TenantEntity.findById(tenantRef))));
        } catch (RuntimeException e) {
            Instant now = clock.instant();
            subscriptions.forEach(s -> feeds.pollFailed(s.subscriptionRef(), "no session: " + e.getMessage(), now));
            LOG.warnf("change poll: no session for tenant %s: %s", tenantRef, e.getMessage());
            return;
        }
        for (ChangeFeeds.Feed subscription : subscriptions) {
            poll(session, subscription);
        }
    }

    private void poll(ArmSession session, ChangeFeeds.Feed subscription) {
        Instant start = clock.instant();
        int before = session.requestCount();
        try {
            Instant since = window.since(start, subscription.lastGoodPollStart(), subscription.lastGoodScanAt());
            intake.take(subscription.subscriptionRef(),
                    ActivityLog.since(session, subscription.subscriptionId().toString(), since));
            feeds.polled(subscription.subscriptionRef(), start, clock.instant());
        } catch (ArmCallException e) {
            feeds.pollFailed(subscription.subscriptionRef(), e.getMessage(), clock.instant());
            LOG.warnf("change poll of subscription %s failed: %s", subscription.subscriptionId(), e.getMessage());
        } finally {
            metrics.counter("portcullis.change.poll.requests").increment(session.requestCount() - before);
        }
    }
}
