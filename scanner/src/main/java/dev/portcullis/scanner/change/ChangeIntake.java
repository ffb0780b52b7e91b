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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** What pushed changes led to: those of onboarded subscriptions taken, those of other subscriptions ignored. */
    public record Pushed(int taken, int unknownSubscriptions) {
    }

    /**
     * Takes pushed changes (Event Grid), each to its onboarded subscription; the changes of subscriptions Portcullis
     * does not scan are counted ({@code portcullis.change.events.unknown.subscription}) and ignored.
     */
    public Pushed takePushed(List<ChangeEvent> changes) {
        Map<String, List<ChangeEvent>> bySubscription = changes.stream()
                .collect(Collectors.groupingBy(change -> change.subscriptionId().strip().toLowerCase(Locale.ROOT)));
        int unknown = 0;
        for (Map.Entry<String, List<ChangeEvent>> entry : bySubscription.entrySet()) {
            Optional<ChangeFeeds.Feed> feed = guid(entry.getKey()).flatMap(feeds::feed);
            if (feed.isEmpty()) {
                unknown += entry.getValue().size();
                continue;
            }
            take(feed.get().subscriptionRef(), entry.getValue());
        }
        if (unknown > 0) {
            metrics.counter("portcullis.change.events.unknown.subscription").increment(unknown);
        }
        return new Pushed(changes.size() - unknown, unknown);
    }

    private static Optional<UUID> guid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
