package dev.portcullis.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ARM requests served, in order, and how many were in flight at once (from arrival to the answer sent, added
 * latency included): the most at one moment, and the time spent in all of them, so that the average over a window is
 * that time over the window. Thread-safe.
 */
public final class RequestLog {

    private final List<ServedRequest> requests = new ArrayList<>();
    private int inFlight;
    private int maxInFlight;
    private long busyNanos;

    /** A request arrived; give what this returns to {@link #end} once it is answered. */
    public synchronized long begin() {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return System.nanoTime();
    }

    /** The request {@link #begin} answered {@code begun} for is answered. */
    public synchronized void end(long begun) {
        inFlight--;
        busyNanos += System.nanoTime() - begun;
    }

    /** The most requests in flight at one moment since the last {@link #clear}. */
    public synchronized int maxInFlight() {
        return maxInFlight;
    }

    /** The time spent in requests answered since the last {@link #clear}, summed over requests. */
    public synchronized long busyMillis() {
        return busyNanos / 1_000_000;
    }

    public synchronized void record(ServedRequest request) {
        requests.add(request);
    }

    public synchronized List<ServedRequest> snapshot() {
        return List.copyOf(requests);
    }

    /** How many served requests had a path in which {@code regex} is found. */
    public synchronized int count(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return (int) requests.stream().filter(request -> pattern.matcher(request.path()).find()).count();
    }

    /** Drops the entries and starts counting in-flight requests again from those now in flight. */
    public synchronized int clear() {
        int size = requests.size();
        requests.clear();
        maxInFlight = inFlight;
        busyNanos = 0;
        return size;
    }
}
