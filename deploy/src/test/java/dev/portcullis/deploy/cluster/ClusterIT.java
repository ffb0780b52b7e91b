package dev.portcullis.deploy.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.deploy.support.WebhookReceiver;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.CheckIds;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.Expectation;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.estate.SimVm;
import dev.portcullis.simulator.fault.Fault;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Portcullis as a service of several replicas: two packaged application processes on one PostgreSQL and the ARM
 * simulator (with latency injected so collections overlap). The schedule fires once for the cluster, a replica killed
 * in the middle of a collection has that subscription finished by the other, a replica restarted beside a running scan
 * fails nothing, and a PostgreSQL restart under a scan loses nothing.
 */
class ClusterIT {

    private static final String DB_URL = System.getenv().getOrDefault("PORTCULLIS_IT_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/portcullis_it");
    private static final String DB_USER = System.getenv().getOrDefault("PORTCULLIS_DB_USER", "portcullis");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("PORTCULLIS_DB_PASSWORD", "portcullis");

    private ArmSimulator simulator;
    private final List<Replica> replicas = new ArrayList<>();
    private ScratchPostgres scratch;

    @BeforeEach
    void emptyDatabaseAndSimulator() throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
        simulator = ArmSimulator.start(Estate.demo());
    }

    @AfterEach
    void stopEverything() throws Exception {
        replicas.forEach(Replica::close);
        simulator.close();
        if (scratch != null) {
            scratch.close();
        }
    }

    @Test
    void aScheduledPeriodScansEverySubscriptionExactlyOnceAcrossBothReplicas() throws Exception {
        Map<String, String> env = env(DB_URL, DB_USER);
        env.put("PORTCULLIS_SCAN_EVERY", "1h");
        env.put("PORTCULLIS_SCAN_FIRST_DELAY", "25s");
        Replica a = replica("a", env).start();
        onboardSimulatedTenants(a);
        Replica b = replica("b", env).start();
        Instant bStarted = Instant.now();

        JsonNode scheduled = awaitScan(a, scan -> scan.path("trigger").asText().equals("SCHEDULE"),
                Duration.ofSeconds(90));
        JsonNode finished = awaitFinished(b, scheduled.path("id").asText());
        // past the moment B's own first period would have fired had each replica its own schedule
        sleepUntil(bStarted.plusSeconds(35));

        assertThat(schedulesOf(a)).as("one scheduled scan for the cluster, not one per replica").hasSize(1);
        assertThat(finished.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(subscriptionIdsOf(finished)).as("each enabled subscription exactly once")
                .hasSize(simulator.estate().subscriptions().size())
                .containsExactlyInAnyOrderElementsOf(simulator.estate().subscriptions().stream()
                        .map(SimSubscription::subscriptionId).toList());
        assertOpenFindingsAreWhatTheEstateWasBuiltToProduce(a);
    }

    @Test
    void aReplicaKilledWhileCollectingHasThatSubscriptionFinishedByTheOtherAndNothingAppliedTwice() throws Exception {
        Map<String, String> env = env(DB_URL, DB_USER);
        List<Replica> both = twoReplicasOnboarded(env);
        Replica a = both.get(0);
        Replica b = both.get(1);
        String slow = simulator.estate().subscriptions().get(0).subscriptionId();
        simulator.faults().add(Fault.delayMillis(8_000).matching("(?i)^/subscriptions/" + slow
                + "/providers/Microsoft\\.Network/networkSecurityGroups"));

        String scanId = requestScan(a, "{}");
        JsonNode collecting = awaitScan(a, scan -> scan.path("id").asText().equals(scanId)
                && partOf(scan, slow).path("status").asText().equals("RUNNING"), Duration.ofSeconds(60));
        String runner = partOf(collecting, slow).path("runner").asText();
        Replica victim = runner.equals("a") ? a : b;
        Replica survivor = victim == a ? b : a;
        victim.kill();
        simulator.faults().clear();

        JsonNode finished = awaitFinished(survivor, scanId);
        assertThat(finished.path("status").asText()).isEqualTo("SUCCEEDED");
        JsonNode retried = partOf(finished, slow);
        assertThat(retried.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(retried.path("runner").asText()).as("run again by the surviving replica").isEqualTo(survivor.name());
        assertThat(retried.path("attempts").asInt()).isEqualTo(2);
        assertThat(retried.path("interruptions").asInt()).isEqualTo(1);
        for (JsonNode part : finished.path("subscriptions")) {
            assertThat(part.path("status").asText()).isEqualTo("SUCCEEDED");
        }
        assertThat(subscriptionIdsOf(finished)).as("one part per subscription")
                .hasSize(simulator.estate().subscriptions().size()).doesNotHaveDuplicates();
        assertOpenFindingsAreWhatTheEstateWasBuiltToProduce(survivor);
        assertEachFindingOpenedOnce(DB_URL, DB_USER);
        assertVmsAreTheEstates(survivor);
    }

    @Test
    void scansOfOverlappingScopesOnBothReplicasNeverCollectOneSubscriptionTwiceAtOnce() throws Exception {
        Map<String, String> env = env(DB_URL, DB_USER);
        List<Replica> both = twoReplicasOnboarded(env);
        Replica a = both.get(0);
        Replica b = both.get(1);
        SimSubscription shared = simulator.estate().subscriptions().get(0);
        simulator.faults().add(Fault.delayMillis(300).matching("(?i)^/subscriptions/" + shared.subscriptionId()
                + "/(providers|resourceGroups)/"));

        List<String> scans = List.of(
                requestScan(a, "{\"subscriptionId\": \"" + shared.subscriptionId() + "\"}"),
                requestScan(b, "{\"tenant\": \"" + shared.tenantId() + "\"}"),
                requestScan(b, "{}"));
        for (String scan : scans) {
            assertThat(awaitFinished(a, scan).path("status").asText()).isEqualTo("SUCCEEDED");
        }

        List<Instant[]> collections = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
             Statement s = c.createStatement();
             ResultSet parts = s.executeQuery("select p.started_at, p.finished_at from subscription_scan p"
                     + " join subscription sub on sub.id = p.subscription_ref where sub.subscription_id = '"
                     + shared.subscriptionId() + "' order by p.started_at")) {
            while (parts.next()) {
                collections.add(new Instant[] {parts.getTimestamp(1).toInstant(), parts.getTimestamp(2).toInstant()});
            }
        }
        assertThat(collections).as("three scans asked for the subscription, each collected it once").hasSize(3);
        for (int i = 1; i < collections.size(); i++) {
            assertThat(collections.get(i)[0]).as("collection %d started after collection %d was applied", i + 1, i)
                    .isAfterOrEqualTo(collections.get(i - 1)[1]);
        }
    }

    @Test
    void restartingOneReplicaWhileTheOtherScansFailsNothing() throws Exception {
        Map<String, String> env = env(DB_URL, DB_USER);
        env.put("PORTCULLIS_SHUTDOWN_GRACE", "2s");
        List<Replica> both = twoReplicasOnboarded(env);
        Replica a = both.get(0);
        Replica b = both.get(1);
        simulator.faults().add(Fault.delayMillis(400).matching("(?i)^/subscriptions/[^/]+/(providers|resourceGroups)/"));

        String scanId = requestScan(a, "{}");
        awaitScan(a, scan -> scan.path("id").asText().equals(scanId) && parts(scan, "RUNNING") > 0,
                Duration.ofSeconds(60));
        b.stop();
        b.start();

        JsonNode finished = awaitFinished(a, scanId);
        assertThat(finished.path("status").asText()).as("a replica's restart is not the scan's failure")
                .isEqualTo("SUCCEEDED");
        for (JsonNode part : finished.path("subscriptions")) {
            assertThat(part.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(part.path("interruptions").asInt()).as("a graceful stop hands work back; it is no interruption")
                    .isZero();
        }
        assertThat(subscriptionIdsOf(finished)).hasSize(simulator.estate().subscriptions().size());
        assertOpenFindingsAreWhatTheEstateWasBuiltToProduce(b);
    }

    @Test
    void aPostgresRestartDuringAScanLosesNothingAndTheScanCompletes() throws Exception {
        scratch = ScratchPostgres.start();
        Map<String, String> env = env(scratch.jdbcUrl(), "postgres");
        Replica a = replica("a", env).start();
        onboardSimulatedTenants(a);
        simulator.faults().add(Fault.delayMillis(300).matching("(?i)^/subscriptions/[^/]+/(providers|resourceGroups)/"));

        String scanId = requestScan(a, "{}");
        awaitScan(a, scan -> scan.path("id").asText().equals(scanId) && parts(scan, "RUNNING") > 0,
                Duration.ofSeconds(60));
        scratch.restart();

        JsonNode finished = awaitFinished(a, scanId, Duration.ofSeconds(180));
        assertThat(finished.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(subscriptionIdsOf(finished)).hasSize(simulator.estate().subscriptions().size())
                .doesNotHaveDuplicates();
        assertOpenFindingsAreWhatTheEstateWasBuiltToProduce(a);
        assertEachFindingOpenedOnce(scratch.jdbcUrl(), "postgres");
        assertVmsAreTheEstates(a);
    }

    @Test
    void eventsCommittedByAReplicaKilledBeforeItSentThemAreDeliveredByTheNextOneUnderTheirEventIds()
            throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Map<String, String> quiet = notifyingEnv();
            quiet.put("PORTCULLIS_NOTIFICATIONS_TICK", "off");
            Replica a = replica("a", quiet).start();
            onboardSimulatedTenants(a);
            createPlan2Webhook(a, receiver.url("/after-crash"));
            awaitFinished(a, requestScan(a, "{}"));
            a.kill();
            assertThat(receiver.received()).as("nothing was sent before the crash").isEmpty();

            replica("b", notifyingEnv()).start();

            List<WebhookReceiver.Received> messages = receiver.await(r -> true, 2, Duration.ofSeconds(30));
            assertThat(messages).extracting(m -> m.header("X-Portcullis-Event")).containsOnly("finding.opened");
            assertThat(messages).extracting(m -> m.header("Idempotency-Key")).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(outboxEventIds(DB_URL, DB_USER));
        }
    }

    @Test
    void aDeliveryWhoseReplicaDiedWhileSendingIsSentAgainWithTheSameDeliveryIdAndIdempotencyKey() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Map<String, String> env = notifyingEnv();
            env.put("PORTCULLIS_NOTIFICATIONS_LEASE", "5s");
            Replica a = replica("a", env).start();
            onboardSimulatedTenants(a);
            createPlan2Webhook(a, receiver.url("/hangs-first"));
            WebhookReceiver.Answer hang = new WebhookReceiver.Answer(200, Map.of(), Duration.ofSeconds(60));
            receiver.thenAnswer("/hangs-first", hang, hang);
            awaitFinished(a, requestScan(a, "{}"));
            List<WebhookReceiver.Received> first = receiver.await(r -> true, 2, Duration.ofSeconds(30));
            a.kill();

            replica("b", env).start();

            List<WebhookReceiver.Received> all = receiver.await(r -> true, 4, Duration.ofSeconds(60));
            for (WebhookReceiver.Received sent : first) {
                assertThat(all).filteredOn(r -> r.header("X-Portcullis-Delivery")
                                .equals(sent.header("X-Portcullis-Delivery")))
                        .as("sent again after the lease ran out, as the same delivery").hasSize(2)
                        .extracting(r -> r.header("Idempotency-Key")).containsOnly(sent.header("Idempotency-Key"));
            }
            Instant deadline = Instant.now().plusSeconds(15);
            while (!deliveryStatuses(DB_URL, DB_USER).stream().allMatch("DELIVERED"::equals)
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(deliveryStatuses(DB_URL, DB_USER)).as("recorded once the receiver answered")
                    .containsOnly("DELIVERED");
        }
    }

    @Test
    void aPortOpenedOnAVmsNsgIsPolledOnceForTheClusterAndItsMessageDeliveredWithinTwoPollPeriods() throws Exception {
        Duration poll = Duration.ofSeconds(4);
        SimVm vm = devApiOnADayItIsClosed();
        simulator.activityLog().delay(Duration.ofMillis(500));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Map<String, String> env = notifyingEnv();
            env.put("PORTCULLIS_CHANGE_POLL", poll.toSeconds() + "s");
            env.put("PORTCULLIS_CHANGE_FIRST_POLL_DELAY", "1s");
            List<Replica> both = twoReplicasOnboarded(env);
            Replica a = both.get(0);
            assertThat(a.post("/api/v1/destinations", """
                    {"name": "exposure receiver", "type": "webhook", "url": "%s",
                     "secret": "a-secret-for-the-change-tests", "language": "en", "minSeverity": "low",
                     "checks": ["%s"], "events": ["finding.opened"]}""".formatted(receiver.url("/exposure"),
                    CheckIds.VM_MANAGEMENT_PORT_INTERNET_EXPOSED)).statusCode()).isEqualTo(201);
            awaitFinished(a, requestScan(a, "{}"));
            Predicate<WebhookReceiver.Received> aboutTheVm = message -> message.body().toLowerCase(Locale.ROOT)
                    .contains(vm.resourceId().toLowerCase(Locale.ROOT));
            assertThat(receiver.received(aboutTheVm)).as("the VM is closed before the change").isEmpty();
            String activityLog = "(?i)/subscriptions/" + vm.subscriptionId()
                    + "/providers/Microsoft\\.Insights/eventtypes/management/values";
            int pollsBefore = simulator.requestCount(activityLog);
            Instant watchFrom = Instant.now();

            Instant written = Instant.now();
            simulator.changes().openPort(vm.resourceId(), 22);

            // two periods for the poll that sees the write, then one subscription scan and the delivery
            List<WebhookReceiver.Received> messages = receiver.await(aboutTheVm, 1,
                    poll.multipliedBy(2).plusSeconds(20));
            assertThat(messages.get(0).header("X-Portcullis-Event")).isEqualTo("finding.opened");
            List<JsonNode> changeScans = new ArrayList<>();
            for (JsonNode scan : a.get("/api/v1/scans").path("items")) {
                if (scan.path("trigger").asText().equals("CHANGE")) {
                    changeScans.add(scan);
                }
            }
            // the change writes the VM's two NSGs; a poll between the two events' filing reads them apart
            assertThat(changeScans).as("one rescan for the change, not one per replica").hasSizeBetween(1, 2);
            Duration scanning = Duration.ZERO;
            for (JsonNode listed : changeScans) {
                JsonNode rescan = awaitFinished(a, listed.path("id").asText());
                Duration took = Duration.between(Instant.parse(rescan.path("startedAt").asText()),
                        Instant.parse(rescan.path("finishedAt").asText()));
                scanning = took.compareTo(scanning) > 0 ? took : scanning;
            }
            // the log files the write within 0.5 s; the outbox and the sender each look every second
            Duration allowed = poll.multipliedBy(2).plus(scanning).plusSeconds(4);
            assertThat(Duration.between(written, messages.get(0).at()))
                    .as("write to message: two poll periods, the rescan (%s) and the delivery", scanning)
                    .isLessThanOrEqualTo(allowed);
            sleepUntil(Instant.now().plus(poll.multipliedBy(3)));
            long periods = Duration.between(watchFrom, Instant.now()).toMillis() / poll.toMillis();
            assertThat(simulator.requestCount(activityLog) - pollsBefore)
                    .as("one activity-log read per period for the cluster, not one per replica")
                    .isBetween((int) periods - 2, (int) periods + 1);
            assertThat(a.get("/api/v1/scans").path("items").findValuesAsText("trigger"))
                    .as("no rescan once the change was read").filteredOn("CHANGE"::equals).hasSize(changeScans.size());
        }
    }

    /** Serves the demo day on which the VM dev-api-01 has no management port open to the internet. */
    private SimVm devApiOnADayItIsClosed() {
        for (int day = simulator.currentDay(); day >= 0; day--) {
            simulator.serveDay(day);
            SimVm vm = simulator.estate().virtualMachines().stream().filter(v -> v.name().equals("dev-api-01"))
                    .findFirst().orElseThrow();
            if (vm.expected(CheckIds.VM_MANAGEMENT_PORT_INTERNET_EXPOSED) == Expectation.PASS) {
                return vm;
            }
        }
        throw new AssertionError("no demo day has dev-api-01 closed");
    }

    /** Like {@link #env}, with private receivers allowed and the test receiver's certificate trusted. */
    private Map<String, String> notifyingEnv() throws Exception {
        Map<String, String> env = env(DB_URL, DB_USER);
        env.put("PORTCULLIS_DESTINATIONS_ALLOW_PRIVATE", "true");
        env.put("PORTCULLIS_NOTIFICATIONS_TRUST_CERTIFICATES", receiverCertificatePem().toString());
        return env;
    }

    /** The test receiver's certificate as PEM, for a replica (its own JVM, with the JDK's trust store). */
    private static Path receiverCertificatePem() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = ClusterIT.class.getResourceAsStream("/tls/trusted.p12")) {
            trusted.load(in, "portcullis-tests".toCharArray());
        }
        Certificate certificate = trusted.getCertificate(trusted.aliases().nextElement());
        Path pem = Path.of("target", "cluster-receiver.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n");
        return pem.toAbsolutePath();
    }

    /** A webhook for Plan 2 findings: the estate fails Plan 2 on two subscriptions, so a first scan opens two. */
    private static void createPlan2Webhook(Replica replica, String url) throws Exception {
        assertThat(replica.post("/api/v1/destinations", """
                {"name": "crash receiver", "type": "webhook", "url": "%s", "secret": "a-secret-for-the-crash-tests",
                 "language": "en", "minSeverity": "low", "checks": ["subscription_defender_servers_p2"],
                 "events": ["finding.opened"]}""".formatted(url)).statusCode()).isEqualTo(201);
    }

    private static List<String> outboxEventIds(String dbUrl, String dbUser) throws Exception {
        return column(dbUrl, dbUser, "select id::text from outbox_event where type = 'finding.opened'"
                + " and check_id = 'subscription_defender_servers_p2'");
    }

    private static List<String> deliveryStatuses(String dbUrl, String dbUser) throws Exception {
        return column(dbUrl, dbUser, "select status from delivery");
    }

    private static List<String> column(String dbUrl, String dbUser, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, DB_PASSWORD);
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Map<String, String> env(String dbUrl, String dbUser) {
        return Replica.environment(dbUrl, dbUser, DB_PASSWORD);
    }

    /** Replicas a and b started on the same database, with the simulated tenants onboarded through a. */
    private List<Replica> twoReplicasOnboarded(Map<String, String> env) throws Exception {
        Replica a = replica("a", env).start();
        Replica b = replica("b", env).start();
        onboardSimulatedTenants(a);
        return List.of(a, b);
    }

    private Replica replica(String name, Map<String, String> env) throws Exception {
        Replica replica = new Replica(name, env);
        replicas.add(replica);
        return replica;
    }

    private void onboardSimulatedTenants(Replica replica) throws Exception {
        replica.onboard(simulator);
    }

    private static String requestScan(Replica replica, String body) throws Exception {
        var response = replica.post("/api/v1/scans", body);
        assertThat(response.statusCode()).isEqualTo(202);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("id").asText();
    }

    /** Waits until one of the recent scans, read in full, matches. */
    private static JsonNode awaitScan(Replica replica, Predicate<JsonNode> wanted, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode listed : replica.get("/api/v1/scans").path("items")) {
                JsonNode scan = replica.get("/api/v1/scans/" + listed.path("id").asText());
                if (wanted.test(scan)) {
                    return scan;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no scan as expected within " + timeout);
    }

    private static JsonNode awaitFinished(Replica replica, String scanId) throws Exception {
        return awaitFinished(replica, scanId, Duration.ofSeconds(120));
    }

    private static JsonNode awaitFinished(Replica replica, String scanId, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode scan = replica.getUnlessUnavailable("/api/v1/scans/" + scanId);
            if (scan != null && !scan.path("status").asText().matches("QUEUED|RUNNING")) {
                return scan;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("scan " + scanId + " did not finish within " + timeout);
    }

    private static List<String> schedulesOf(Replica replica) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode scan : replica.get("/api/v1/scans").path("items")) {
            if (scan.path("trigger").asText().equals("SCHEDULE")) {
                ids.add(scan.path("id").asText());
            }
        }
        return ids;
    }

    private static List<String> subscriptionIdsOf(JsonNode scan) {
        List<String> ids = new ArrayList<>();
        scan.path("subscriptions").forEach(part -> ids.add(part.path("subscriptionId").asText()));
        return ids;
    }

    private static JsonNode partOf(JsonNode scan, String subscriptionId) {
        for (JsonNode part : scan.path("subscriptions")) {
            if (part.path("subscriptionId").asText().equalsIgnoreCase(subscriptionId)) {
                return part;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static long parts(JsonNode scan, String status) {
        long count = 0;
        for (JsonNode part : scan.path("subscriptions")) {
            count += part.path("status").asText().equals(status) ? 1 : 0;
        }
        return count;
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Every open finding is one the estate was built to fail, and every resource built to fail has its finding. */
    private void assertOpenFindingsAreWhatTheEstateWasBuiltToProduce(Replica replica) throws Exception {
        Set<String> expected = new HashSet<>();
        for (SimVm vm : simulator.estate().virtualMachines()) {
            for (String check : CheckIds.VM_CHECKS) {
                if (vm.expected(check) == Expectation.FAIL) {
                    expected.add(check + " " + vm.resourceId().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (SimSubscription subscription : simulator.estate().subscriptions()) {
            if (subscription.expectedDefenderP2() == Expectation.FAIL) {
                expected.add(CheckIds.SUBSCRIPTION_DEFENDER_SERVERS_P2 + " /subscriptions/"
                        + subscription.subscriptionId().toLowerCase(Locale.ROOT));
            }
        }
        simulator.estate().scaleSets().stream().filter(set -> set.expected() == Expectation.FAIL)
                .forEach(set -> expected.add(CheckIds.VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED + " "
                        + set.resourceId().toLowerCase(Locale.ROOT)));
        Set<String> open = new HashSet<>();
        for (JsonNode finding : replica.get("/api/v1/findings?status=OPEN&size=1000").path("items")) {
            open.add(finding.path("checkId").asText() + " "
                    + finding.path("resourceId").asText().toLowerCase(Locale.ROOT));
        }
        assertThat(open).isEqualTo(expected);
    }

    private void assertVmsAreTheEstates(Replica replica) throws Exception {
        for (SimSubscription subscription : simulator.estate().subscriptions()) {
            assertThat(replica.get("/api/v1/vms?subscriptionId=" + subscription.subscriptionId()).path("total")
                    .asLong()).as(subscription.subscriptionId())
                    .isEqualTo(simulator.estate().virtualMachinesIn(subscription.subscriptionId()).size());
        }
    }

    /** Each finding has exactly one OPENED event: no subscription's results were applied twice. */
    private static void assertEachFindingOpenedOnce(String dbUrl, String dbUser) throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, DB_PASSWORD);
             Statement s = c.createStatement();
             ResultSet twice = s.executeQuery("select count(*) from (select finding_ref from finding_event"
                     + " where type = 'OPENED' group by finding_ref having count(*) > 1) t")) {
            twice.next();
            assertThat(twice.getLong(1)).isZero();
        }
    }
}
