package dev.portcullis.scanner.change;

import dev.portcullis.engine.change.ChangeEvent;
import dev.portcullis.engine.change.ChangeRelevance;
import dev.portcullis.engine.change.ChangeSource;
import dev.portcullis.persistence.change.ChangeFeeds;
import dev.portcullis.persistence.scan.ScanQueue;
import dev.portcullis.scanner.scan.ScanCoordinator;
import dev.portcullis.scanner.scan.ScanScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where changes Azure reported come in, polled or pushed: those that can alter a verdict and were not seen before are
 * recorded and ask for a scan of their subscription (trigger {@code CHANGE}), which joins the one already queued for
 * it, if any, like every scan request. A poll reads a burst of writes at once; Event Grid pushes it one event per
 * request, so a pushed change's scan waits {@code portcullis.change.settle} before it starts and the rest of the burst
 * joins it. A burst therefore costs one scan, and a change told again costs none.
 */
@ApplicationScoped
public class ChangeIntake {

    public static final String TRIGGER = "CHANGE";

    private final ChangeFeeds feeds;
    private final ScanCoordinator coordinator;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();
    private final Duration settle;

    public ChangeIntake(ChangeFeeds feeds, ScanCoordinator coordinator, MeterRegistry metrics,
                        @ConfigProperty(name = "portcullis.change.settle", defaultValue = "5s") Duration settle) {
        this.settle = settle;
        this.feeds = feeds;
        this.coordinator = coordinator;
        this.metrics = metrics;
    }

    /** Takes the subscription's changes; answers the scan they asked for, if any did. */
    public Optional<UUID> take(UUID subscriptionRef, List<ChangeEvent> events) {
        List<ChangeEvent> relevant = events.stream().filter(ChangeRelevance::matters).toList();
        events.stream().findFirst().ifPresent(e -> {
            metrics.counter("portcullis.change.events", "source", e.source().name().toLowerCase(),
                    "relevant", "true").increment(relevant.size());
            metrics.counter("portcullis.change.events", "source", e.source().name().toLowerCase(),
                    "relevant", "false").increment(events.size() - relevant.size());
        });
        if (relevant.isEmpty()) {
            return Optional.empty();
        }
        Duration wait = relevant.get(0).source() == ChangeSource.EVENT_GRID ? settle : Duration.ZERO;
        // the changes, their scan and the link between them commit together: a change is never recorded (and so
        // never taken again) without the scan it asked for
        Optional<ScanQueue.Queued> queued = QuarkusTransaction.requiringNew().call(() -> {
            List<ChangeFeeds.Recorded> recorded = feeds.record(subscriptionRef, relevant, clock.instant());
            if (recorded.isEmpty()) {
                return Optional.<ScanQueue.Queued>empty();
            }
            ScanQueue.Queued scan = coordinator.enqueue(ScanScope.subscription(subscriptionRef), TRIGGER, wait);
            feeds.ledTo(recorded.stream().map(ChangeFeeds.Recorded::id).toList(), scan.id());
            return Optional.of(scan);
        });
        if (queued.isEmpty()) {
            return Optional.empty();
        }
        ScanQueue.Queued scan = queued.get();
        if (wait.isZero()) {
            coordinator.dispatch();
        }
        if (!scan.joined()) {
            metrics.counter("portcullis.change.scans").increment();
        }
        return Optional.of(scan.id());
    }
}
