package dev.portcullis.scanner.metrics;

import dev.portcullis.scanner.azure.ArmTraffic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scanner's own metrics, counted as things happen (Prometheus names in brackets):
 * <ul>
 *   <li>{@code portcullis.subscription.scan} ({@code portcullis_subscription_scan_seconds}, a histogram): how long one
 *       subscription's scan took, collection to applied results, by {@code status} ({@code succeeded},
 *       {@code failed});</li>
 *   <li>{@code portcullis.arm.requests} ({@code portcullis_arm_requests_total}): requests sent to ARM, retries
 *       included, by {@code tenant} (the tenant's directory id), for scans, discovery and self-checks alike;</li>
 *   <li>{@code portcullis.arm.throttled} ({@code portcullis_arm_throttled_total}): ARM's answers 429, by
 *       {@code tenant};</li>
 *   <li>{@code portcullis.arm.backoffs} ({@code portcullis_arm_backoffs_total}): requests that waited because ARM's
 *       remaining reads ran low, by {@code tenant}.</li>
 * </ul>
 * No label ever carries a resource: tenants and statuses only, a handful of series per onboarded tenant.
 */
@ApplicationScoped
public class ScanMetrics implements ArmTraffic {

    /** Change detection: seconds by push, minutes by polling (Azure files activity-log events 3 to 20 min late). */
    static final Duration[] DETECTION_BUCKETS = {Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10),
            Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofHours(1)};

    /** Histogram buckets: a small subscription takes seconds, a large one minutes, the timeout is 15 min. */
    static final Duration[] SCAN_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30)};

    private final MeterRegistry registry;
    private final Map<String, Observer> tenants = new ConcurrentHashMap<>();

    public ScanMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One subscription's scan ended: {@code status} is its recorded status (SUCCEEDED, FAILED). */
    public void subscriptionScanned(Duration took, String status) {
        Timer.builder("portcullis.subscription.scan")
                .description("How long one subscription's scan took, from collection to applied results")
                .tag("status", status.toLowerCase(Locale.ROOT))
                .serviceLevelObjectives(SCAN_BUCKETS)
                .register(registry)
                .record(took);
    }

    /**
     * A scan that changes asked for opened a finding: {@code took} runs from the earliest of those changes in Azure to
     * now ({@code portcullis_change_detection_seconds}).
     */
    public void changeDetected(Duration took) {
        Timer.builder("portcullis.change.detection")
                .description("From a change in Azure to the finding it opened, for scans changes asked for")
                .serviceLevelObjectives(DETECTION_BUCKETS)
                .register(registry)
                .record(took);
    }

    @Override
    public Observer of(String tenantId) {
        return tenants.computeIfAbsent(tenantId, this::observer);
    }

    private Observer observer(String tenantId) {
        Counter requests = Counter.builder("portcullis.arm.requests")
                .description("Requests sent to Azure Resource Manager, retries included")
                .tag("tenant", tenantId).register(registry);
        Counter throttled = Counter.builder("portcullis.arm.throttled")
                .description("Azure Resource Manager's answers 429 (too many requests)")
                .tag("tenant", tenantId).register(registry);
        Counter backoffs = Counter.builder("portcullis.arm.backoffs")
                .description("Requests that waited because ARM's remaining reads ran low")
                .tag("tenant", tenantId).register(registry);
        return new Observer() {
            @Override
            public void sent() {
                requests.increment();
            }

            @Override
            public void throttled() {
                throttled.increment();
            }

            @Override
            public void paused(Duration wait) {
                backoffs.increment();
            }
        };
    }
}
