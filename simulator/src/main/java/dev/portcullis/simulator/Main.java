package dev.portcullis.simulator;

import dev.portcullis.simulator.estate.ClusterEstate;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.EstateTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator until killed:
 * {@code java -jar portcullis-simulator.jar [--port 8089] [--page-size 50] [--large-vms N] [--port-file PATH]}.
 * Prints {@code ARM simulator listening on http://127.0.0.1:PORT} once it listens; with
 * {@code --port-file} it also writes the port number to that file. {@code --print-estate-table}
 * prints the demo estate's expectations as Markdown and exits; {@code --print-history-table} does
 * the same for the demo's 30 days. {@code POST /_simulator/estate?day=N} switches the day served.
 *
 * <p>For scale: {@code --cluster-estate SUBSCRIPTIONS VMS_PER_SUBSCRIPTION [--tenants N]} serves {@link ClusterEstate}
 * alone (no demo tenants; {@value ClusterEstate#DEFAULT_TENANTS} tenants unless {@code --tenants} says otherwise), and
 * {@code --latency-ms N} adds N ms to every ARM answer. A request waits out its latency on one of the server's
 * {@code --threads} (8 by default, {@value #THREADS_WITH_LATENCY} with a latency, so that many requests can be in
 * flight at once).
 */
public final class Main {

    static final String USAGE = "usage: java -jar portcullis-simulator.jar [--port N] [--page-size N] [--large-vms N] "
            + "[--cluster-estate SUBSCRIPTIONS VMS_PER_SUBSCRIPTION [--tenants N]] [--latency-ms N] [--threads N] "
            + "[--activity-log-delay-ms N] [--port-file PATH] [--print-estate-table] [--print-history-table]";
    /** Request threads when a latency is added and {@code --threads} is not given. */
    static final int THREADS_WITH_LATENCY = 128;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.printEstateTable()) {
            System.out.print(EstateTable.demo());
            return;
        }
        if (options.printHistoryTable()) {
            System.out.print(EstateTable.history());
            return;
        }
        ArmSimulator simulator;
        try {
            simulator = start(options, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "arm-simulator-shutdown"));
        new CountDownLatch(1).await();
    }

    /** Builds the estate, starts listening, writes the port file and prints the listening line. */
    static ArmSimulator start(LaunchOptions options, PrintStream out) {
        SimulatorOptions serverOptions = SimulatorOptions.defaults().port(options.port()).pageSize(options.pageSize())
                .threads(options.threads()).latency(Duration.ofMillis(options.latencyMs()));
        ArmSimulator simulator;
        if (options.cluster() != null) {
            ClusterSize size = options.cluster();
            simulator = ArmSimulator.start(Estate.cluster(size.subscriptions(), size.vmsPerSubscription(),
                    size.tenants()), serverOptions);
        } else {
            Estate large = options.largeVms() > 0 ? Estate.large(options.largeVms()) : null;
            simulator = ArmSimulator.startDemo(large, serverOptions);
        }
        if (options.activityLogDelayMs() >= 0) {
            simulator.activityLog().delay(Duration.ofMillis(options.activityLogDelayMs()));
        }
        if (options.portFile() != null) {
            writePortFile(options.portFile(), simulator.port());
        }
        out.println("ARM simulator listening on " + simulator.baseUrl());
        out.flush();
        return simulator;
    }

    /** Written whole, then moved into place, so a reader never sees a half-written file. */
    private static void writePortFile(Path file, int port) {
        try {
            Path absolute = file.toAbsolutePath();
            Path temporary = Files.createTempFile(absolute.getParent(), ".port", ".tmp");
            Files.writeString(temporary, port + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the port file " + file, e);
        }
    }

    /** The size of the {@link ClusterEstate} to serve. */
    record ClusterSize(int subscriptions, int vmsPerSubscription, int tenants) {
    }

    /**
     * The command line, parsed.
     *
     * @param cluster the cluster estate to serve instead of the demo, or {@code null}
     * @param threads the server's request threads (already defaulted)
     * @param activityLogDelayMs how late activity-log events arrive at most, or -1 for the default
     */
    record LaunchOptions(int port, int pageSize, int largeVms, Path portFile, boolean printEstateTable,
            boolean printHistoryTable, ClusterSize cluster, int latencyMs, int threads, int activityLogDelayMs) {

        static LaunchOptions parse(String... args) {
            int port = 0;
            int pageSize = SimulatorOptions.DEFAULT_PAGE_SIZE;
            int largeVms = 0;
            Path portFile = null;
            boolean printTable = false;
            boolean printHistory = false;
            int clusterSubscriptions = -1;
            int clusterVms = 0;
            int tenants = -1;
            int latencyMs = 0;
            int threads = -1;
            int activityLogDelayMs = -1;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--port" -> port = number(args, ++i, arg);
                    case "--page-size" -> pageSize = number(args, ++i, arg);
                    case "--large-vms" -> largeVms = number(args, ++i, arg);
                    case "--cluster-estate" -> {
                        clusterSubscriptions = number(args, ++i, arg);
                        clusterVms = number(args, ++i, arg);
                    }
                    case "--tenants" -> tenants = number(args, ++i, arg);
                    case "--latency-ms" -> latencyMs = number(args, ++i, arg);
                    case "--threads" -> threads = number(args, ++i, arg);
                    case "--activity-log-delay-ms" -> activityLogDelayMs = number(args, ++i, arg);
                    case "--port-file" -> portFile = Path.of(value(args, ++i, arg));
                    case "--print-estate-table" -> printTable = true;
                    case "--print-history-table" -> printHistory = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            ClusterSize cluster = null;
            if (clusterSubscriptions >= 0) {
                if (largeVms > 0) {
                    throw new IllegalArgumentException("--cluster-estate and --large-vms do not go together");
                }
                if (clusterSubscriptions < 1) {
                    throw new IllegalArgumentException("--cluster-estate needs at least one subscription");
                }
                int tenantCount = tenants >= 0 ? tenants : Math.min(ClusterEstate.DEFAULT_TENANTS, clusterSubscriptions);
                if (tenantCount < 1 || tenantCount > clusterSubscriptions) {
                    throw new IllegalArgumentException("--tenants needs between 1 and " + clusterSubscriptions
                            + " (the subscriptions), not " + tenantCount);
                }
                cluster = new ClusterSize(clusterSubscriptions, clusterVms, tenantCount);
            } else if (tenants >= 0) {
                throw new IllegalArgumentException("--tenants goes with --cluster-estate");
            }
            if (threads == 0) {
                throw new IllegalArgumentException("--threads needs at least 1");
            }
            if (threads < 0) {
                threads = latencyMs > 0 ? THREADS_WITH_LATENCY : SimulatorOptions.DEFAULT_THREADS;
            }
            return new LaunchOptions(port, pageSize, largeVms, portFile, printTable, printHistory, cluster, latencyMs,
                    threads, activityLogDelayMs);
        }

        private static String value(String[] args, int index, String flag) {
            if (index >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[index];
        }

        private static int number(String[] args, int index, String flag) {
            String text = value(args, index, flag);
            try {
                int value = Integer.parseInt(text);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a whole number, not '" + text + "'");
            }
        }
    }
}
