package dev.portcullis.simulator.fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The faults in force, in the order added. For each request, every matching delay adds up and the
 * first matching fault with a status answers it; each fault that took part uses up one of its
 * {@code times}. Thread-safe.
 */
public final class Faults {

    private final List<ActiveFault> active = new ArrayList<>();

    public synchronized Faults add(Fault fault) {
        active.add(new ActiveFault(fault));
        return this;
    }

    /** Takes out this fault (the very object added), if still in force; the others stay. */
    public synchronized boolean remove(Fault fault) {
        return active.removeIf(candidate -> candidate.fault == fault);
    }

    public synchronized void clear() {
        active.clear();
    }

    /** The faults still in force, each with the uses it has left. */
    public synchronized List<Fault> active() {
        return active.stream().map(ActiveFault::remainingFault).toList();
    }

    /** Decides, and records, what the faults do to a request for {@code path}. */
    public synchronized Effect onRequest(String path) {
        long delay = 0;
        Fault answer = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (Iterator<ActiveFault> it = active.iterator(); it.hasNext(); ) {
            ActiveFault candidate = it.next();
            if (!candidate.fault.matches(path) || (answer != null && candidate.fault.status() != null)) {
                continue;
            }
            delay += candidate.fault.delayMillis();
            headers.putAll(candidate.fault.headers());
            if (candidate.fault.status() != null) {
                answer = candidate.fault;
            }
            if (candidate.useOnce()) {
                it.remove();
            }
        }
        return new Effect(delay, answer, Map.copyOf(headers));
    }

    /**
     * What happens to one request.
     *
     * @param answer the fault whose status answers the request, or {@code null} to answer normally
     * @param headers response headers to set on whatever answers
     */
    public record Effect(long delayMillis, Fault answer, Map<String, String> headers) {
    }

    private static final class ActiveFault {
        private final Fault fault;
        private int remaining;

        ActiveFault(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }

        /** @return whether the fault is used up */
        boolean useOnce() {
            if (remaining == Fault.UNLIMITED) {
                return false;
            }
            remaining--;
            return remaining == 0;
        }

        Fault remainingFault() {
            return remaining == Fault.UNLIMITED ? fault : fault.times(remaining);
        }
    }
}
