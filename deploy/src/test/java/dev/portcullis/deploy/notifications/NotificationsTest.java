package dev.portcullis.deploy.notifications;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.SmtpServerResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.deploy.support.WebhookReceiver;
import dev.portcullis.deploy.support.WebhookReceiver.Answer;
import dev.portcullis.deploy.support.WebhookReceiver.Received;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoHistory;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Messages about a scan of the simulated estate reach real receivers: an HTTPS webhook receiver inside the test that
 * checks signatures and answers as scripted, and a real SMTP server (GreenMail).
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
@QuarkusTestResource(value = SmtpServerResource.class, restrictToAnnotatedClass = true)
class NotificationsTest {

    private static final String P2 = "subscription_defender_servers_p2";
    private static final String SECRET = "a-webhook-secret-of-32-characters";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final WebhookReceiver RECEIVER = WebhookReceiver.start();

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    /** Plan 2 fails on these two subscriptions, one per tenant (simulator README, estate table). */
    private SimSubscription contosoDevelopment;
    private SimSubscription fabrikamSandbox;

    @BeforeEach
    void onboardTheSimulatedEstate() throws Exception {
        database.reset();
        simulator.faults().clear();
        RECEIVER.forget();
        SmtpServerResource.server().purgeEmailFromAllMailboxes();
        onboardSimulatedTenants(simulator);
        contosoDevelopment = subscriptionNamed("Contoso Development");
        fabrikamSandbox = subscriptionNamed("Fabrikam Sandbox");
    }

    @AfterEach
    void serveTodayAgain() {
        simulator.serveDay(DemoHistory.TODAY);
    }

    @AfterAll
    static void stopTheReceiver() {
        RECEIVER.close();
    }

    @Test
    void aScanSendsOneSignedMessagePerOpenedFindingToEachDestinationThatWantsIt() {
        suppressPlan2Of(contosoDevelopment, "Dev subscription, Plan 2 comes with the next budget");
        String p2 = createWebhook("/p2", "high", List.of(P2), List.of("finding.opened"));
        createWebhook("/p2-critical-only", "critical", List.of(P2), List.of("finding.opened"));
        createWebhook("/p2-resolved-only", "low", List.of(P2), List.of("finding.resolved"));

        JsonPath scan = scanAndWait("{}");

        List<Received> messages = RECEIVER.await(path("/p2"), 1, WAIT);
        Received message = messages.get(0);
        JsonPath body = JsonPath.from(message.body());
        Map<String, Object> finding = onlyOpenFindingOf(P2, fabrikamSandbox);
        assertThat(body.getString("type")).isEqualTo("finding.opened");
        assertThat(body.getString("subscriptionId")).isEqualTo(fabrikamSandbox.subscriptionId());
        assertThat(body.getString("finding.id")).isEqualTo(finding.get("id"));
        assertThat(body.getString("finding.checkId")).isEqualTo(P2);
        assertThat(body.getString("scan.id")).isEqualTo(scan.getString("id"));
        assertThat(body.getString("tenant.tenantId")).isEqualTo(fabrikamSandbox.tenantId());
        assertThat(message.header("X-Portcullis-Event")).isEqualTo("finding.opened");
        assertThat(message.header("Idempotency-Key")).isEqualTo(body.getString("id"));
        assertThat(message.header("X-Portcullis-Delivery")).isNotBlank();
        assertThat(signatureIsValid(message)).isTrue();
        System.out.printf("[notifications] first message reached its receiver %d ms after the scan ended%n",
                Duration.between(Instant.parse(scan.getString("finishedAt")), message.at()).toMillis());

        assertThat(awaitDelivery(p2, "DELIVERED").getInt("items[0].attempts")).isEqualTo(1);
        quietForAFewTicks();
        assertThat(RECEIVER.received(path("/p2"))).hasSize(1);
        assertThat(RECEIVER.received(path("/p2-critical-only"))).isEmpty();
        assertThat(RECEIVER.received(path("/p2-resolved-only"))).isEmpty();
    }

    @Test
    void aFindingFixedInAzureIsToldResolvedAndNothingElseIsTold() {
        simulator.serveDay(19);
        scanAndWait("{}");
        createWebhook("/resolved", "low", List.of(), List.of("finding.resolved"));

        simulator.serveDay(20);
        scanAndWait("{}");

        Received message = RECEIVER.await(path("/resolved"), 1, WAIT).get(0);
        JsonPath body = JsonPath.from(message.body());
        assertThat(body.getString("type")).isEqualTo("finding.resolved");
        assertThat(body.getString("finding.checkId")).isEqualTo(P2);
        assertThat(body.getString("subscriptionId")).isEqualTo(subscriptionNamed("Contoso Production")
                .subscriptionId());
        assertThat(body.getString("finding.status")).isEqualTo("RESOLVED");
        quietForAFewTicks();
        assertThat(RECEIVER.received(path("/resolved"))).hasSize(1);
    }

    @Test
    void moreThanTwentyEventsForOneDestinationFromOneScanBecomeOneDigest() {
        createWebhook("/everything", "low", List.of(), List.of("finding.opened", "finding.reopened",
                "finding.resolved"));

        JsonPath scan = scanAndWait("{}");

        Received digest = RECEIVER.await(path("/everything"), 1, WAIT).get(0);
        long opened = asAdmin().queryParam("status", "OPEN").get("/api/v1/findings").jsonPath().getLong("total");
        assertThat(opened).isGreaterThan(20);
        JsonPath body = JsonPath.from(digest.body());
        assertThat(body.getString("type")).isEqualTo("digest");
        assertThat(body.getLong("count")).isEqualTo(opened);
        assertThat(body.getList("events")).hasSize((int) opened);
        assertThat(body.getString("scan.id")).isEqualTo(scan.getString("id"));
        assertThat(digest.header("X-Portcullis-Event")).isEqualTo("digest");
        quietForAFewTicks();
        assertThat(RECEIVER.received(path("/everything"))).hasSize(1);
    }

    @Test
    void aScopedOperatorsDestinationNeverCarriesAnotherTenantsEvents() {
        String operator = People.account("contoso-op", "OPERATOR", List.of(contosoDevelopment.tenantId()));
        People.as(operator).contentType(ContentType.JSON).body(webhookBody("/contoso", "low", List.of(P2),
                List.of("finding.opened"))).post("/api/v1/destinations").then().statusCode(201);

        scanAndWait("{}");

        Received message = RECEIVER.await(path("/contoso"), 1, WAIT).get(0);
        assertThat(JsonPath.from(message.body()).getString("subscriptionId"))
                .isEqualTo(contosoDevelopment.subscriptionId());
        quietForAFewTicks();
        assertThat(RECEIVER.received(path("/contoso"))).hasSize(1);
    }

    @Test
    void aSubscriptionWhoseCollectionFailsIsToldStaleOnceAndEachFailedScanIsTold() {
        createWebhook("/failures", "low", List.of(), List.of("scan.failed", "subscription.stale"));
        simulator.faults().add(Fault.status(403).matching("(?i)^/subscriptions/" + fabrikamSandbox.subscriptionId()
                + "/providers/Microsoft\\.Compute/virtualMachines"));

        JsonPath first = scanAndWait("{}");
        JsonPath second = scanAndWait("{}");

        assertThat(first.getString("status")).isEqualTo("PARTIAL");
        List<Received> messages = RECEIVER.await(path("/failures"), 3, WAIT);
        quietForAFewTicks();
        List<JsonPath> bodies = RECEIVER.received(path("/failures")).stream().map(r -> JsonPath.from(r.body()))
                .toList();
        assertThat(bodies).as("two scan.failed and one subscription.stale: " + messages).hasSize(3);
        assertThat(bodies).filteredOn(b -> b.getString("type").equals("subscription.stale")).singleElement()
                .satisfies(b -> {
                    assertThat(b.getString("subscriptionId")).isEqualTo(fabrikamSandbox.subscriptionId());
                    assertThat(b.getString("scan.id")).isEqualTo(first.getString("id"));
                });
        assertThat(bodies).filteredOn(b -> b.getString("type").equals("scan.failed"))
                .extracting(b -> b.getString("scan.id"))
                .containsExactlyInAnyOrder(first.getString("id"), second.getString("id"));
        assertThat(bodies).filteredOn(b -> b.getString("type").equals("scan.failed"))
                .extracting(b -> b.getString("tenant.tenantId")).containsOnly(fabrikamSandbox.tenantId());
    }

    @Test
    void aReceiverFailingTwiceThenSucceedingGetsTheEventOnceUnderOneDeliveryId() {
        suppressPlan2Of(contosoDevelopment, "Dev subscription");
        String destination = createWebhook("/flaky", "low", List.of(P2), List.of("finding.opened"));
        RECEIVER.thenAnswer("/flaky", Answer.status(500),
                new Answer(503, Map.of("Retry-After", "1"), Duration.ZERO));

        scanAndWait("{}");

        List<Received> attempts = RECEIVER.await(path("/flaky"), 3, WAIT);
        assertThat(attempts).extracting(r -> r.header("X-Portcullis-Delivery")).containsOnly(
                attempts.get(0).header("X-Portcullis-Delivery"));
        assertThat(attempts).extracting(r -> r.header("Idempotency-Key")).containsOnly(
                attempts.get(0).header("Idempotency-Key"));
        JsonPath deliveries = awaitDelivery(destination, "DELIVERED");
        assertThat(deliveries.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(deliveries.getInt("items[0].lastStatusCode")).isEqualTo(200);
        assertThat(deliveries.getString("items[0].id")).isEqualTo(attempts.get(0).header("X-Portcullis-Delivery"));
        quietForAFewTicks();
        assertThat(RECEIVER.received(path("/flaky"))).hasSize(3);
    }

    @Test
    void aReceiverThatAnswers429OrTooSlowlyIsTriedAgainUntilItTakesTheMessage() {
        String destination = createWebhook("/busy", "low", List.of(), List.of("finding.opened"));
        RECEIVER.thenAnswer("/busy", new Answer(429, Map.of("Retry-After", "1"), Duration.ZERO),
                new Answer(200, Map.of(), Duration.ofSeconds(4)));

        JsonPath first = asAdmin().contentType(ContentType.JSON)
                .post("/api/v1/destinations/" + destination + "/test").then().statusCode(200).extract().jsonPath();

        assertThat(first.getString("status")).isEqualTo("PENDING");
        assertThat(first.getInt("lastStatusCode")).isEqualTo(429);
        JsonPath deliveries = awaitDelivery(destination, "DELIVERED");
        assertThat(deliveries.getInt("items[0].attempts")).as("429, too slow (no answer within the timeout), 200")
                .isEqualTo(3);
        List<Received> attempts = RECEIVER.received(path("/busy"));
        assertThat(attempts).hasSize(3).extracting(r -> r.header("X-Portcullis-Delivery"))
                .containsOnly(first.getString("id"));
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                .as("the receiver's Retry-After was honoured").isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aReceiverThatRedirectsGetsAFailedDeliveryAndIsNotFollowed() {
        String destination = createWebhook("/moved", "low", List.of(), List.of("finding.opened"));
        RECEIVER.thenAnswer("/moved", new Answer(302, Map.of("Location", RECEIVER.url("/elsewhere")),
                Duration.ZERO));

        JsonPath test = asAdmin().contentType(ContentType.JSON)
                .post("/api/v1/destinations/" + destination + "/test").then().statusCode(200)
                .extract().jsonPath();

        assertThat(test.getString("status")).isEqualTo("FAILED");
        assertThat(test.getInt("lastStatusCode")).isEqualTo(302);
        quietForAFewTicks();
        assertThat(RECEIVER.received(path("/moved"))).hasSize(1);
        assertThat(RECEIVER.received(path("/elsewhere"))).isEmpty();
    }

    @Test
    void anEmailDestinationGetsOneMailWithTextAndHtmlParts() throws Exception {
        suppressPlan2Of(contosoDevelopment, "Dev subscription");
        String destination = asAdmin().contentType(ContentType.JSON).body("""
                {"name": "Security team", "type": "email", "to": ["secops@example.test"], "language": "ja",
                 "minSeverity": "high", "checks": ["%s"], "events": ["finding.opened"]}""".formatted(P2))
                .post("/api/v1/destinations").then().statusCode(201).extract().path("id");

        scanAndWait("{}");

        assertThat(SmtpServerResource.server().waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage mail = SmtpServerResource.server().getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("secops@example.test");
        assertThat(mail.getSubject()).isNotBlank();
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(raw).contains("text/plain").contains("text/html");
        JsonPath deliveries = awaitDelivery(destination, "DELIVERED");
        assertThat(deliveries.getInt("items[0].attempts")).as("recorded at the first attempt").isEqualTo(1);
        quietForAFewTicks();
        assertThat(SmtpServerResource.server().getReceivedMessages()).hasSize(1);
    }

    // ---------- helpers ----------

    private SimSubscription subscriptionNamed(String name) {
        return simulator.estate().subscriptions().stream().filter(s -> s.displayName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static void suppressPlan2Of(SimSubscription subscription, String reason) {
        asAdmin().contentType(ContentType.JSON).body("""
                {"checkId": "%s", "resourceId": "/subscriptions/%s", "reason": "%s"}"""
                .formatted(P2, subscription.subscriptionId(), reason))
                .post("/api/v1/suppressions").then().statusCode(201);
    }

    private static String createWebhook(String path, String minSeverity, List<String> checks, List<String> events) {
        return asAdmin().contentType(ContentType.JSON).body(webhookBody(path, minSeverity, checks, events))
                .post("/api/v1/destinations").then().statusCode(201).extract().path("id");
    }

    private static String webhookBody(String path, String minSeverity, List<String> checks, List<String> events) {
        return """
                {"name": "receiver %s", "type": "webhook", "url": "%s", "secret": "%s", "language": "en",
                 "minSeverity": "%s", "checks": %s, "events": %s}""".formatted(path, RECEIVER.url(path), SECRET,
                minSeverity, json(checks), json(events));
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }

    private static Predicate<Received> path(String path) {
        return r -> r.path().equals(path);
    }

    private static Map<String, Object> onlyOpenFindingOf(String checkId, SimSubscription subscription) {
        List<Map<String, Object>> findings = asAdmin().queryParam("checkId", checkId).queryParam("status", "OPEN")
                .queryParam("subscription", subscription.subscriptionId()).get("/api/v1/findings").jsonPath()
                .getList("items");
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static JsonPath awaitDelivery(String destination, String status) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonPath deliveries;
        do {
            deliveries = asAdmin().get("/api/v1/destinations/" + destination + "/deliveries").jsonPath();
            if (status.equals(deliveries.getString("items[0].status"))) {
                return deliveries;
            }
            sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the delivery did not become " + status + ": " + deliveries.prettify());
    }

    /** The receiver's own check of X-Portcullis-Signature, written from the contract in docs/integrations.md. */
    private static boolean signatureIsValid(Received message) {
        try {
            String[] parts = message.header("X-Portcullis-Signature").split(",");
            String t = parts[0].substring("t=".length());
            String v1 = parts[1].substring("v1=".length());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + message.body())
                    .getBytes(StandardCharsets.UTF_8)));
            long age = Instant.now().getEpochSecond() - Long.parseLong(t);
            return expected.equals(v1) && age >= 0 && age < 300;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Long enough for several dispatch and send ticks (1 s each): whatever would still come, comes. */
    private static void quietForAFewTicks() {
        sleep(3000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
