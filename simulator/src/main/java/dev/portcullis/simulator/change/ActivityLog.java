package dev.portcullis.simulator.change;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The subscriptions' activity logs: every event recorded, each served only once it has arrived. An event arrives
 * between half the {@linkplain #delay() delay} and the whole delay after its {@code eventTimestamp}, at random, so a
 * {@code Started} can arrive after its {@code Succeeded} and an older write after a newer one, as on Azure (where
 * Microsoft documents "3 to 20 minutes"). Thread-safe.
 */
public final class ActivityLog {

    /** Small so tests stay fast; Azure documents 3 to 20 minutes. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    /** Newest first, as the portal and the REST API list them; ties by id for a stable order across pages. */
    private static final Comparator<ActivityEvent> NEWEST_FIRST = Comparator.comparing(ActivityEvent::eventTimestamp)
            .reversed().thenComparing(ActivityEvent::eventDataId);

    private final Clock clock;
    private final RandomGenerator random;
    private final List<ActivityEvent> events = new ArrayList<>();
    private Duration delay;

    public ActivityLog(Clock clock, Duration delay, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        delay(delay);
    }

    /** The most an event waits before it is served. */
    public synchronized Duration delay() {
        return delay;
    }

    /** Events recorded from now on arrive up to {@code delay} after their time ({@link Duration#ZERO}: at once). */
    public synchronized void delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the delay must not be negative: " + delay);
        }
        this.delay = delay;
    }

    /** When an event of {@code eventTimestamp} recorded now arrives. */
    synchronized Instant arrival(Instant eventTimestamp) {
        long max = delay.toMillis();
        long millis = max == 0 ? 0 : max / 2 + random.nextLong(max - max / 2 + 1);
        return eventTimestamp.plusMillis(millis);
    }

    synchronized void record(List<ActivityEvent> recorded) {
        events.addAll(recorded);
    }

    /** The events of a subscription that match and have arrived by now, newest first. */
    public synchronized List<ActivityEvent> query(String subscriptionId, ActivityLogFilter filter) {
        Instant now = clock.instant();
        return events.stream()
                .filter(event -> event.subscriptionId().equalsIgnoreCase(subscriptionId))
                .filter(event -> event.arrivedBy(now))
                .filter(event -> filter.matches(event, now))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** Every event recorded, arrived or not, in the order recorded. */
    public synchronized List<ActivityEvent> all() {
        return List.copyOf(events);
    }

    /** How many events have arrived by now. */
    public synchronized int arrived() {
        Instant now = clock.instant();
        return (int) events.stream().filter(event -> event.arrivedBy(now)).count();
    }

    /** Forgets every event; answers how many there were. */
    public synchronized int clear() {
        int cleared = events.size();
        events.clear();
        return cleared;
    }
}
