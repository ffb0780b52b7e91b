package dev.portcullis.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the simulator listens and pages. Immutable; each method returns changed options.
 *
 * @param port TCP port on 127.0.0.1, 0 for an ephemeral one
 * @param pageSize items per list page before a {@code nextLink}
 * @param threads request-handling threads (parallel scans hit the simulator concurrently)
 * @param clock the moment payloads are served at: times relative to it (open JIT requests) are
 *     rendered per request ({@link dev.portcullis.simulator.estate.ServedTime})
 * @param latency added to every ARM answer (not to the Entra token or OpenID endpoints, nor to
 *     {@code /_simulator}), on top of any injected {@link dev.portcullis.simulator.fault.Fault} delay: real ARM takes
 *     about 100 ms to answer a list page. A request waits on its handling thread, so give as many {@link #threads} as
 *     requests will be in flight at once.
 */
public record SimulatorOptions(int port, int pageSize, int threads, Clock clock, Duration latency) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int DEFAULT_THREADS = 8;

    public SimulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + pageSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
    }

    /** Without added latency. */
    public SimulatorOptions(int port, int pageSize, int threads, Clock clock) {
        this(port, pageSize, threads, clock, Duration.ZERO);
    }

    /** With the system clock, without added latency. */
    public SimulatorOptions(int port, int pageSize, int threads) {
        this(port, pageSize, threads, Clock.systemUTC());
    }

    /** Ephemeral port, pages of 50, 8 threads, the system clock, no added latency. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, DEFAULT_PAGE_SIZE, DEFAULT_THREADS);
    }

    public SimulatorOptions port(int port) {
        return new SimulatorOptions(port, pageSize, threads, clock, latency);
    }

    public SimulatorOptions pageSize(int pageSize) {
        return new SimulatorOptions(port, pageSize, threads, clock, latency);
    }

    public SimulatorOptions threads(int threads) {
        return new SimulatorOptions(port, pageSize, threads, clock, latency);
    }

    /** Serves relative times as of {@code clock} (tests fix it). */
    public SimulatorOptions clock(Clock clock) {
        return new SimulatorOptions(port, pageSize, threads, clock, latency);
    }

    /** Adds {@code latency} to every ARM answer. */
    public SimulatorOptions latency(Duration latency) {
        return new SimulatorOptions(port, pageSize, threads, clock, latency);
    }
}
