package dev.portcullis.simulator;

import com.sun.net.httpserver.HttpServer;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.fault.Faults;
import dev.portcullis.simulator.http.ArmHandler;
import dev.portcullis.simulator.http.RequestLog;
import dev.portcullis.simulator.http.ServedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
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
    private final String baseUrl;

    private ArmSimulator(Estate estate, SimulatorOptions options) throws IOException {
        this.estate = new AtomicReference<>(Objects.requireNonNull(estate, "estate"));
        InetAddress loopback = InetAddress.getLoopbackAddress();
        this.server = HttpServer.create(new InetSocketAddress(loopback, options.port()), 128);
        this.baseUrl = "http://" + loopback.getHostAddress() + ":" + server.getAddress().getPort();
        this.executor = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        server.createContext("/", new ArmHandler(() -> this.estate.get().catalog(), baseUrl, options.pageSize(), faults, log));
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code estate} on an ephemeral port with default options. */
    public static ArmSimulator start(Estate estate) {
        return start(estate, SimulatorOptions.defaults());
    }

    public static ArmSimulator start(Estate estate, SimulatorOptions options) {
        try {
            return new ArmSimulator(estate, options);
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

    /** Serves another estate from the next request on (e.g. the demo's next day). */
    public void serve(Estate next) {
        estate.set(Objects.requireNonNull(next, "estate"));
    }

    public Faults faults() {
        return faults;
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
