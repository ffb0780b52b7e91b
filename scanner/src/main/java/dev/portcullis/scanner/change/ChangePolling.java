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
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final int parallelism;
    private final Clock clock = Clock.systemUTC();

    public ChangePolling(ChangeFeeds feeds, ChangeIntake intake, ArmSessionFactory sessions,
                         TenantConnections connections, MeterRegistry metrics,
                         @ConfigProperty(name = "portcullis.change.overlap", defaultValue = "20m") Duration overlap,
                         @ConfigProperty(name = "portcullis.change.poll-parallelism", defaultValue = "8")
                         int parallelism) {
        this.feeds = feeds;
        this.intake = intake;
        this.sessions = sessions;
        this.connections = connections;
        this.metrics = metrics;
        this.window = new PollWindow(overlap);
        if (parallelism < 1) {
            throw new IllegalArgumentException("portcullis.change.poll-parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    @Scheduled(identity = "change-poll", every = "${portcullis.change.poll:off}",
            delayed = "${portcullis.change.first-poll-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Nonconcurrent
    void pollEverySubscription() {
        pollAll();
    }

    /**
     * One poll of every scanned subscription: one authenticated session per tenant, and up to
     * {@code portcullis.change.poll-parallelism} activity logs read at once, so a poll of many subscriptions still
     * fits its period (1,000 subscriptions at 200 ms a request take 25 s with 8). Each subscription's outcome is its
     * own: one that fails is recorded and the others go on.
     */
    public void pollAll() {
        Map<UUID, List<ChangeFeeds.Feed>> byTenant = feeds.feeds().stream()
                .collect(Collectors.groupingBy(ChangeFeeds.Feed::tenantRef));
        ExecutorService readers = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "change-poll-reader");
            thread.setDaemon(true);
            return thread;
        });
        Map<ArmSession, Integer> requestsBefore = new LinkedHashMap<>();
        try {
            List<Future<?>> polls = new ArrayList<>();
            byTenant.forEach((tenantRef, subscriptions) -> session(tenantRef, subscriptions).ifPresent(session -> {
                requestsBefore.put(session, session.requestCount());
                subscriptions.forEach(subscription -> polls.add(readers.submit(() -> poll(session, subscription))));
            }));
            for (Future<?> poll : polls) {
                try {
                    poll.get();
                } catch (ExecutionException e) {
                    LOG.errorf(e.getCause(), "change poll: a subscription's poll failed outside its own handling");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            readers.shutdown();
            requestsBefore.forEach((session, before) -> metrics.counter("portcullis.change.poll.requests")
                    .increment(session.requestCount() - before));
        }
    }

    /** The tenant's ARM session; without one, each of its subscriptions' polls is recorded failed. */
    private Optional<ArmSession> session(UUID tenantRef, List<ChangeFeeds.Feed> subscriptions) {
        try {
            return Optional.of(sessions.open(QuarkusTransaction.requiringNew().call(
                    () -> connections.of(TenantEntity.findById(tenantRef)))));
        } catch (RuntimeException e) {
            subscriptions.forEach(s -> failed(s, "no session: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private void poll(ArmSession session, ChangeFeeds.Feed subscription) {
        Instant start = clock.instant();
        try {
            Instant since = window.since(start, subscription.lastGoodPollStart(), subscription.lastGoodScanAt());
            intake.take(subscription.subscriptionRef(),
                    ActivityLog.since(session, subscription.subscriptionId().toString(), since));
            feeds.polled(subscription.subscriptionRef(), start, clock.instant());
        } catch (RuntimeException e) {
            failed(subscription, e instanceof ArmCallException ? e.getMessage()
                    : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Keeps the failure on the subscription; if even that fails (the database away), logs it and goes on. */
    private void failed(ChangeFeeds.Feed subscription, String why) {
        metrics.counter("portcullis.change.poll.failures").increment();
        LOG.warnf("change poll of subscription %s failed: %s", subscription.subscriptionId(), why);
        try {
            feeds.pollFailed(subscription.subscriptionRef(), why, clock.instant());
        } catch (RuntimeException e) {
            LOG.errorf("change poll: could not record the failure of subscription %s: %s",
                    subscription.subscriptionId(), e.getMessage());
        }
    }
}
