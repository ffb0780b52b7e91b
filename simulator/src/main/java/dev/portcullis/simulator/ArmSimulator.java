package dev.portcullis.simulator;

import com.sun.net.httpserver.HttpServer;
import dev.portcullis.simulator.change.ActivityLog;
import dev.portcullis.simulator.change.EstateChanges;
import dev.portcullis.simulator.change.EventGridPublisher;
import dev.portcullis.simulator.entra.EntraDirectory;
import dev.portcullis.simulator.groups.ManagementGroups;
import dev.portcullis.simulator.oidc.OidcProvider;
import dev.portcullis.simulator.estate.DemoDay;
import dev.portcullis.simulator.estate.DemoHistory;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.fault.Fault;
import dev.portcullis.simulator.fault.Faults;
import dev.portcullis.simulator.http.ArmHandler;
import dev.portcullis.simulator.http.DaySwitch;
import dev.portcullis.simulator.http.Latency;
import dev.portcullis.simulator.http.RequestLog;
import dev.portcullis.simulator.http.ServedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An ARM-compatible HTTP server on 127.0.0.1 serving an {@link Estate}, with fault injection and a
 * log of the requests it served.
 *
 * <pre>{@code
 * try (ArmSimulator sim = ArmSimulator.start(Estate.demo())) {
 *     sim.faults().add(Fault.status(429).retryAfterSeconds(1).times(1).matching("(?i)/virtualMachines"));
 *     // point the Azure SDK at sim.baseUrl() ...
 *     assertThat(sim.requestCount("(?i)/virtualMachines")).isEqualTo(2);
 * }
 * }</pre>
 *
 * <p>The demo's 30 days: {@link #serveDay(int)} (or {@code POST /_simulator/estate?day=N}) serves
 * {@link Estate#demoOnDay} of that day, merged with the estate given to {@link #startDemo} if any,
 * and makes that day's failing subscriptions answer 500.
 */
public final class ArmSimulator implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer
        // waits ~40 ms for the client's delayed ACK. Read once, when the server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicReference<Estate> estate;
    private final Faults faults = new Faults();
    private final RequestLog log = new RequestLog();
    private final EntraDirectory entra = new EntraDirectory();
    private final ManagementGroups managementGroups = new ManagementGroups();
    private final OidcProvider oidcProvider;
    private final Latency latency;
    private final EventGridPublisher eventGrid;
    private final EstateChanges changes;
    private final String baseUrl;
    /** Served with every demo day by {@link #serveDay}, or {@code null}. */
    private final Estate alongside;
    private int currentDay = DemoHistory.TODAY;
    private List<String> failingSubscriptions = List.of();
    private List<Fault> dayFaults = List.of();

    private ArmSimulator(Estate estate, Estate alongside, SimulatorOptions options) throws IOException {
        this.estate = new AtomicReference<>(Objects.requireNonNull(estate, "estate"));
        this.alongside = alongside;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        this.server = HttpServer.create(new InetSocketAddress(loopback, options.port()), 128);
        this.baseUrl = "http://" + loopback.getHostAddress() + ":" + server.getAddress().getPort();
        this.executor = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        this.oidcProvider = new OidcProvider(baseUrl);
        this.latency = new Latency(options.latency());
        this.eventGrid = new EventGridPublisher(baseUrl, options.clock());
        this.changes = new EstateChanges(this.estate, options.clock(),
                new ActivityLog(options.clock(), ActivityLog.DEFAULT_DELAY, new Random()), eventGrid);
        DaySwitch days = new DaySwitch() {
            @Override
            public DemoDay current() {
                return currentDemoDay();
            }

            @Override
            public DemoDay serve(int day) {
                return serveDay(day);
            }
        };
        server.createContext("/", new ArmHandler(() -> this.estate.get().catalog(), baseUrl, options.pageSize(), faults, log, days,
                entra, managementGroups, oidcProvider, options.clock(), latency, changes));
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code estate} on an ephemeral port with default options. */
    public static ArmSimulator start(Estate estate) {
        return start(estate, SimulatorOptions.defaults());
    }

    public static ArmSimulator start(Estate estate, SimulatorOptions options) {
        return start(estate, null, options);
    }

    /**
     * Serves today's demo estate merged with {@code alongside} (e.g. {@code Estate.large(n)}, or
     * {@code null} for nothing), and the same {@code alongside} with every day {@link #serveDay} serves.
     */
    public static ArmSimulator startDemo(Estate alongside, SimulatorOptions options) {
        Estate today = Estate.demo();
        return start(alongside == null ? today : today.merge(alongside), alongside, options);
    }

    private static ArmSimulator start(Estate estate, Estate alongside, SimulatorOptions options) {
        try {
            return new ArmSimulator(estate, alongside, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + options.port(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Estate estate() {
        return estate.get();
    }

    /** An OpenID Connect provider for single sign-on tests, at {@code baseUrl() + "/oidc"}. */
    public OidcProvider oidc() {
        return oidcProvider;
    }

    /** The simulated management-group hierarchy (empty until a test or the demo places groups). */
    public ManagementGroups managementGroups() {
        return managementGroups;
    }

    /** The simulated Entra ID: register app secrets here for credentials other than {@code none}. */
    public EntraDirectory entra() {
        return entra;
    }

    /** Serves another estate from the next request on; {@link #currentDay()} and the day's faults stay. */
    public void serve(Estate next) {
        estate.set(Objects.requireNonNull(next, "estate"));
        changes.estateSwitched();
    }

    /**
     * Serves {@link Estate#demoOnDay}{@code (day)} (merged with the estate given to
     * {@link #startDemo}, if any) from the next request on, and makes each of
     * {@link Estate#failingSubscriptionsOnDay}{@code (day)} answer 500 (a {@link Fault} on
     * {@code (?i)^/subscriptions/<id>/}) until the next switch; the previous day's such faults go,
     * other faults stay. Thread-safe.
     *
     * @throws IllegalArgumentException unless {@code 0 <= day <= 29}
     */
    public synchronized DemoDay serveDay(int day) {
        Estate next = Estate.demoOnDay(day);
        if (alongside != null) {
            next = next.merge(alongside);
        }
        List<String> failing = Estate.failingSubscriptionsOnDay(day);
        List<Fault> added = new ArrayList<>();
        for (String subscriptionId : failing) {
            added.add(Fault.status(500).matching("(?i)^/subscriptions/" + subscriptionId + "/"));
        }
        dayFaults.forEach(faults::remove);
        added.forEach(faults::add);
        estate.set(next);
        changes.estateSwitched();
        dayFaults = List.copyOf(added);
        failingSubscriptions = failing;
        currentDay = day;
        return currentDemoDay();
    }

    /** The demo day last served by {@link #serveDay}: 29 (today) until then. */
    public synchronized int currentDay() {
        return currentDay;
    }

    private synchronized DemoDay currentDemoDay() {
        return new DemoDay(currentDay, failingSubscriptions, estate.get().virtualMachines().size());
    }

    /**
     * Changes to the served estate, recorded in the activity log ({@code GET /subscriptions/{s}/providers/
     * Microsoft.Insights/eventtypes/management/values}) and pushed to the {@link #eventGrid()} target:
     * {@code changes().openPort(vmId, 22)}, {@code write(resourceId)}, {@code burst(resourceId, 50)}. An estate
     * switch forgets them and empties the log.
     */
    public EstateChanges changes() {
        return changes;
    }

    /** The activity log the changes are recorded in; {@code activityLog().delay(d)} sets how late events arrive. */
    public ActivityLog activityLog() {
        return changes.activityLog();
    }

    /** Event Grid push of the changes: {@code eventGrid().target(url)} validates the webhook, then delivers. */
    public EventGridPublisher eventGrid() {
        return eventGrid;
    }

    public Faults faults() {
        return faults;
    }

    /** The time added to every ARM answer: {@link SimulatorOptions#latency} until changed. */
    public Duration latency() {
        return latency.get();
    }

    /** Adds {@code latency} to every ARM answer from the next request on ({@code POST /_simulator/latency?ms=N}). */
    public void latency(Duration latency) {
        this.latency.set(latency);
    }

    /** The ARM requests served so far, in order (admin requests are not included). */
    public List<ServedRequest> requests() {
        return log.snapshot();
    }

    /** How many served requests had a path in which {@code regex} is found. */
    public int requestCount(String regex) {
        return log.count(regex);
    }

    public void resetRequestLog() {
        log.clear();
    }

    @Override
    public void close() {
        eventGrid.close();
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "arm-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
