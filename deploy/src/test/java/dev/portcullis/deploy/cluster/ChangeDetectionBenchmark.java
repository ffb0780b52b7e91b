package dev.portcullis.deploy.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.SimulatorOptions;
import dev.portcullis.simulator.estate.CheckIds;
import dev.portcullis.simulator.estate.Estate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How soon an opened management port becomes an open finding, by polling the activity log and by Event Grid push
 * ({@code ./portcullis bench-changes [CHANGES] [POLL_SECONDS] [LATENCY_MS]}). The packaged application runs against
 * the ARM simulator (the demo estate, every ARM answer {@code bench.latency.ms} late, activity-log events filed up to
 * 2 s late); a change opens port 22 from the internet on every NSG of a VM that had none open, at a random moment
 * (so it falls anywhere in the poll period), and the time is from the write to the moment the API lists the VM's
 * exposure finding as open. The polling phase also counts the activity-log requests per subscription per hour.
 * Report in {@code target/benchmark/changes.md}.
 */
@Tag("benchmark")
class ChangeDetectionBenchmark {

    private static final int CHANGES = Integer.getInteger("bench.changes", 20);
    private static final Duration POLL = Duration.ofSeconds(Integer.getInteger("bench.poll.seconds", 60));
    private static final Duration LATENCY = Duration.ofMillis(Integer.getInteger("bench.latency.ms", 100));
    private static final String DB_URL = System.getProperty("bench.db.url",
            "jdbc:postgresql://127.0.0.1:5432/portcullis_bench_changes");
    private static final String DB_USER = System.getenv().getOrDefault("PORTCULLIS_DB_USER", "portcullis");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("PORTCULLIS_DB_PASSWORD", "portcullis");
    private static final String EVENT_GRID_KEY = "bench-event-grid-key-0123456789abcdef";
    private static final String EXPOSED = CheckIds.VM_MANAGEMENT_PORT_INTERNET_EXPOSED;
    private static final String ACTIVITY_LOG = "(?i)/providers/Microsoft\\.Insights/eventtypes/management/values";

    private final Random random = new Random(18);
    private List<String> exposable = List.of();
    private final StringBuilder report = new StringBuilder();

    /** One change: when it was written and when its finding was first listed open. */
    record Detection(String vm, Instant written, Instant listed) {
        Duration delay() {
            return Duration.between(written, listed);
        }
    }

    @Test
    void delayFromAnOpenedPortToItsOpenFindingByPollingAndByEventGrid() throws Exception {
        emptyDatabase();
        try (ArmSimulator simulator = ArmSimulator.start(Estate.demo(), SimulatorOptions.defaults().latency(LATENCY))) {
            Map<String, String> env = env();
            int subscriptions = simulator.estate().subscriptions().size();
            env.put("PORTCULLIS_CHANGE_POLL", "off");
            env.put("PORTCULLIS_EVENTGRID_KEY", EVENT_GRID_KEY);
            List<Detection> byPush;
            try (Replica pushed = new Replica("bench-eventgrid", env)) {
                pushed.start();
                pushed.onboard(simulator);
                scanEverything(pushed);
                exposable = exposableVms(pushed, simulator);
                assertThat(simulator.eventGrid().target(pushed.url("/api/v1/events/eventgrid?key=" + EVENT_GRID_KEY))
                        .validated()).as("the validation handshake").isTrue();
                byPush = detect(pushed, simulator, Duration.ofSeconds(3));
                simulator.eventGrid().stop();
                pushed.stop();
            }

            simulator.changes().clear();
            env.put("PORTCULLIS_CHANGE_POLL", POLL.toSeconds() + "s");
            env.put("PORTCULLIS_CHANGE_FIRST_POLL_DELAY", "5s");
            env.remove("PORTCULLIS_EVENTGRID_KEY");
            List<Detection> byPolling;
            long pollRequests;
            Duration pollingWindow;
            List<Duration> changeScans;
            try (Replica polling = new Replica("bench-polling", env)) {
                polling.start();
                scanEverything(polling);
                int requestsBefore = simulator.requestCount(ACTIVITY_LOG);
                Instant from = Instant.now();
                byPolling = detect(polling, simulator, POLL.multipliedBy(6).dividedBy(10));
                pollingWindow = Duration.between(from, Instant.now());
                pollRequests = simulator.requestCount(ACTIVITY_LOG) - requestsBefore;
                changeScans = changeScanDurations(polling, from);
                polling.stop();
            }

            double hours = pollingWindow.toMillis() / 3_600_000.0;
            report.append("- ").append(exposable.size()).append(" VMs of the demo estate are exposed by opening port 22 on")
                    .append(" their NSGs; each change opens one of them (the estate is put back when all are open)\n\n");
            section("By polling the activity log every " + POLL.toSeconds() + " s", byPolling);
            report.append("- rescans asked for by the changes: ").append(changeScans.size()).append(", each ")
                    .append(summary(changeScans)).append('\n');
            report.append("- activity-log requests: ").append(pollRequests).append(" for ").append(subscriptions)
                    .append(" subscriptions in ").append(seconds(pollingWindow)).append(", so ")
                    .append(String.format(Locale.ROOT, "%.1f", pollRequests / (double) subscriptions / hours))
                    .append(" per subscription per hour\n\n");
            section("By Event Grid push", byPush);
            write();
            assertThat(byPolling).hasSize(CHANGES);
            assertThat(byPush).hasSize(CHANGES);
        }
    }

    /**
     * The VMs that opening port 22 exposes (a public address, nothing open yet, no other path shut), found by opening
     * it on all of them, scanning, and putting the estate back (rescanned).
     */
    private static List<String> exposableVms(Replica replica, ArmSimulator simulator) throws Exception {
        Set<String> open = openExposures(replica);
        List<String> tried = new ArrayList<>();
        for (JsonNode vm : replica.get("/api/v1/vms?size=1000").path("items")) {
            String id = vm.path("resourceId").asText();
            if (!vm.path("publicIps").isEmpty() && !open.contains(id.toLowerCase(Locale.ROOT))) {
                try {
                    simulator.changes().openPort(id, 22);
                    tried.add(id);
                } catch (IllegalArgumentException noNsg) {
                    // nothing guards it: there is no rule to add
                }
            }
        }
        scanEverything(replica);
        Set<String> opened = openExposures(replica);
        List<String> exposable = new ArrayList<>(tried.stream()
                .filter(id -> opened.contains(id.toLowerCase(Locale.ROOT))).sorted().toList());
        simulator.changes().clear();
        scanEverything(replica);
        return exposable;
    }

    /**
     * Opens port 22 on {@link #CHANGES} exposable VMs, one at a time at random intervals (0.2 to 1.8 × {@code spacing}),
     * without waiting for the previous one to be found; when every exposable VM has been opened, waits for them, serves
     * the estate as it was and rescans, then goes on.
     */
    private List<Detection> detect(Replica replica, ArmSimulator simulator, Duration spacing) throws Exception {
        List<Detection> found = new ArrayList<>();
        Deque<String> closed = new ArrayDeque<>(exposable);
        assertThat(closed).as("VMs to open").isNotEmpty();
        Map<String, Instant> pending = new HashMap<>();
        for (int change = 0; change < CHANGES; change++) {
            if (closed.isEmpty()) {
                awaitAll(replica, pending, found);
                simulator.changes().clear();
                scanEverything(replica);
                closed.addAll(exposable);
            }
            sleepListing(replica, pending, found, Duration.ofMillis((long) (spacing.toMillis() * (0.2 + 1.6 * random.nextDouble()))));
            String vm = closed.poll();
            pending.put(vm, Instant.now());
            simulator.changes().openPort(vm, 22);
        }
        awaitAll(replica, pending, found);
        return found;
    }

    private void sleepListing(Replica replica, Map<String, Instant> pending, List<Detection> found, Duration time)
            throws Exception {
        Instant until = Instant.now().plus(time);
        while (Instant.now().isBefore(until)) {
            list(replica, pending, found);
            Thread.sleep(200);
        }
    }

    private void awaitAll(Replica replica, Map<String, Instant> pending, List<Detection> found) throws Exception {
        Instant deadline = Instant.now().plus(POLL.multipliedBy(3)).plusSeconds(60);
        while (!pending.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("never found open: " + pending.keySet());
            }
            list(replica, pending, found);
            Thread.sleep(200);
        }
    }

    /** Moves the pending VMs whose exposure finding the API now lists open to {@code found}. */
    private static void list(Replica replica, Map<String, Instant> pending, List<Detection> found) throws Exception {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> open = openExposures(replica);
        Instant now = Instant.now();
        pending.entrySet().removeIf(entry -> {
            if (open.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                found.add(new Detection(entry.getKey(), entry.getValue(), now));
                return true;
            }
            return false;
        });
    }

    private static Set<String> openExposures(Replica replica) throws Exception {
        Set<String> open = new HashSet<>();
        for (JsonNode finding : replica.get("/api/v1/findings?status=OPEN&checkId=" + EXPOSED + "&size=1000")
                .path("items")) {
            open.add(finding.path("resourceId").asText().toLowerCase(Locale.ROOT));
        }
        return open;
    }

    /** How long each change scan asked for since {@code from} took. */
    private static List<Duration> changeScanDurations(Replica replica, Instant from) throws Exception {
        List<Duration> durations = new ArrayList<>();
        for (JsonNode scan : replica.get("/api/v1/scans?size=1000").path("items")) {
            if (scan.path("trigger").asText().equals("CHANGE") && scan.hasNonNull("finishedAt")
                    && Instant.parse(scan.path("requestedAt").asText()).isAfter(from)) {
                durations.add(Duration.between(Instant.parse(scan.path("startedAt").asText()),
                        Instant.parse(scan.path("finishedAt").asText())));
            }
        }
        return durations;
    }

    private static void scanEverything(Replica replica) throws Exception {
        var response = replica.post("/api/v1/scans", "{}");
        assertThat(response.statusCode()).isEqualTo(202);
        String id = new ObjectMapper().readTree(response.body()).path("id").asText();
        Instant deadline = Instant.now().plusSeconds(300);
        while (replica.get("/api/v1/scans/" + id).path("status").asText().matches("QUEUED|RUNNING")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("scan " + id + " did not finish");
            }
            Thread.sleep(250);
        }
    }

    private void section(String title, List<Detection> detections) {
        List<Duration> delays = detections.stream().map(Detection::delay).toList();
        report.append("## ").append(title).append("\n\n");
        report.append("- ").append(detections.size()).append(" changes; from the write to the open finding listed by")
                .append(" the API: ")
                .append(summary(delays)).append('\n');
    }

    /** p50, p95 (nearest rank), max and mean of some durations. */
    static String summary(List<Duration> durations) {
        if (durations.isEmpty()) {
            return "none";
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        long mean = (long) sorted.stream().mapToLong(Duration::toMillis).average().orElse(0);
        return "p50 " + seconds(rank(sorted, 50)) + ", p95 " + seconds(rank(sorted, 95)) + ", max "
                + seconds(sorted.get(sorted.size() - 1)) + ", mean " + seconds(Duration.ofMillis(mean));
    }

    private static Duration rank(List<Duration> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private void write() throws Exception {
        String text = "# Change detection (`./portcullis bench-changes " + CHANGES + " " + POLL.toSeconds() + " "
                + LATENCY.toMillis() + "`)\n\n" + "- " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores; ARM answers " + LATENCY.toMillis() + " ms late; activity-log events filed up to 2 s late\n\n"
                + report;
        Path out = Path.of("target", "benchmark", "changes.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println(text);
    }

    private static void emptyDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
    }

    private static Map<String, String> env() {
        return Replica.environment(DB_URL, DB_USER, DB_PASSWORD);
    }
}
