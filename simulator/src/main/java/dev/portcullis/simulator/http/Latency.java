package dev.portcullis.simulator.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The time added to every ARM answer, changeable while the server runs ({@code POST /_simulator/latency?ms=N}):
 * a benchmark onboards without it and scans with it. Thread-safe.
 */
public final class Latency {

    private volatile long millis;

    public Latency(Duration latency) {
        set(latency);
    }

    public Duration get() {
        return Duration.ofMillis(millis);
    }

    public void set(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        this.millis = latency.toMillis();
    }

    long millis() {
        return millis;
    }
}
