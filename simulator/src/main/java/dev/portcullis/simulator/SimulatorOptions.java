package dev.portcullis.simulator;

/**
 * How the simulator listens and pages. Immutable; each method returns changed options.
 *
 * @param port TCP port on 127.0.0.1, 0 for an ephemeral one
 * @param pageSize items per list page before a {@code nextLink}
 * @param threads request-handling threads (parallel scans hit the simulator concurrently)
 */
public record SimulatorOptions(int port, int pageSize, int threads) {

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
    }

    /** Ephemeral port, pages of 50, 8 threads. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, DEFAULT_PAGE_SIZE, DEFAULT_THREADS);
    }

    public SimulatorOptions port(int port) {
        return new SimulatorOptions(port, pageSize, threads);
    }

    public SimulatorOptions pageSize(int pageSize) {
        return new SimulatorOptions(port, pageSize, threads);
    }

    public SimulatorOptions threads(int threads) {
        return new SimulatorOptions(port, pageSize, threads);
    }
}
