package dev.portcullis.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The ARM requests served, in order. Thread-safe. */
public final class RequestLog {

    private final List<ServedRequest> requests = new ArrayList<>();

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

    /** @return how many entries were dropped */
    public synchronized int clear() {
        int size = requests.size();
        requests.clear();
        return size;
    }
}
