package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.deploy.support.WebhookReceiver;
import dev.portcullis.persistence.notification.DeliveryEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notification destination pages as forms post them (with their CSRF tokens), and the overview's failing
 * destinations. A test message goes to a local HTTPS receiver (private receivers are allowed in the tests).
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class DestinationPagesTest {

    private static final String PAGE = "/tenants/destinations";
    private static final String URL_PATH = "/services/T0/B0/fOrMsEcReTpAtH";

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    private CookieFilter admin;

    @BeforeEach
    void signedInAsAdmin() {
        database.reset();
        admin = People.signedIn("admin", ADMIN_PASSWORD);
    }

    private Response post(CookieFilter session, String path, Object... fields) {
        var request = given().filter(session).redirects().follow(false)
                .formParam("csrf-token", People.csrfToken(session, PAGE));
        for (int i = 0; i < fields.length; i += 2) {
            request = fields[i + 1] instanceof List<?> values ? request.formParam((String) fields[i], values)
                    : request.formParam((String) fields[i], fields[i + 1]);
        }
        return request.post(path);
    }

    private String apiDestinationId(String name) {
        return asAdmin().get("/api/v1/destinations").jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(d -> name.equals(d.get("name"))).map(d -> (String) d.get("id")).findFirst().orElse(null);
    }

    @Test
    void anAdminAddsAWebhookFromTheFormSeesItsGeneratedSecretOnceAndDeletesIt() {
        Response created = post(admin, PAGE, "name", "SIEM from the form", "type", "webhook",
                "url", "https://203.0.113.20" + URL_PATH, "language", "ja", "minSeverity", "medium",
                "events", List.of("finding.opened", "scan.failed"), "checks", "vm_jit_enabled");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        Matcher shown = Pattern.compile("id=\"secret-value\">([A-Za-z0-9_-]{40,})<").matcher(created.asString());
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);
        String id = apiDestinationId("SIEM from the form");
        assertThat(id).isNotNull();
        assertThat(asAdmin().get("/api/v1/destinations/" + id).jsonPath().getList("events"))
                .containsExactly("finding.opened", "scan.failed");
        UUID owner = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select owner_ref from destination where id = :id").setParameter("id", UUID.fromString(id))
                .getSingleResult());
        assertThat(owner).as("the local account that made it").hasToString(People.accountId("admin"));

        String listed = given().filter(admin).get(PAGE).asString();
        assertThat(listed).contains("data-destination=\"" + id + "\"").contains("https://203.0.113.20/…")
                .doesNotContain(secret).doesNotContain("fOrMsEcReTpAtH");
        String detail = given().filter(admin).get(PAGE + "/" + id).asString();
        assertThat(detail).contains("SIEM from the form").contains("vm_jit_enabled").contains("id=\"no-deliveries\"")
                .doesNotContain(secret).doesNotContain("fOrMsEcReTpAtH");

        Response deleted = post(admin, PAGE + "/" + id + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith(PAGE + "?done=deleted");
        assertThat(apiDestinationId("SIEM from the form")).isNull();
        assertThat(given().filter(admin).get(PAGE + "/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anEmailDestinationFromTheFormIsListedWithItsRecipientsAfterARedirect() {
        Response created = post(admin, PAGE, "name", "SOC mailbox", "type", "email",
                "to", "soc@example.com\nciso@example.com", "language", "en", "minSeverity", "high",
                "events", "finding.opened");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith(PAGE + "?done=created");
        assertThat(given().filter(admin).get(PAGE + "?done=created").asString()).contains("id=\"done\"")
                .contains("soc@example.com, ciso@example.com");
    }

    @Test
    void aRefusedFormNamesTheFieldKeepsTheNameAndNeverShowsTheUrlOrSecretTyped() {
        Response refused = post(admin, PAGE, "name", "Plain http", "type", "slack",
                "url", "http://203.0.113.20" + URL_PATH, "language", "en", "minSeverity", "high",
                "events", "finding.opened");
        Response secretForSlack = post(admin, PAGE, "name", "Slack with secret", "type", "slack",
                "url", "https://203.0.113.20" + URL_PATH, "secret", "typed-secret-not-to-show",
                "language", "en", "minSeverity", "high", "events", "finding.opened");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("data-field=\"url\"").contains("value=\"Plain http\"")
                .doesNotContain("fOrMsEcReTpAtH");
        assertThat(secretForSlack.statusCode()).isEqualTo(400);
        assertThat(secretForSlack.asString()).contains("data-field=\"secret\"")
                .doesNotContain("typed-secret-not-to-show").doesNotContain("fOrMsEcReTpAtH");
        assertThat(asAdmin().get("/api/v1/destinations").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void aViewerHasNoLinkToDestinationsAndIsRefusedThePageAndItsForms() {
        String viewer = People.account("destinations-viewer", "VIEWER", List.of("*"));
        CookieFilter session = People.signedIn(viewer, People.PASSWORD);
        String id = asAdmin().contentType(ContentType.JSON).body("""
                {"name": "Admin's", "type": "webhook", "url": "https://203.0.113.21/x", "language": "en",
                 "minSeverity": "high", "events": ["finding.opened"]}""").post("/api/v1/destinations")
                .then().statusCode(201).extract().path("id");

        assertThat(given().filter(session).get("/tenants").asString()).doesNotContain("destinations-link");
        assertThat(given().filter(admin).get("/tenants").asString()).contains("destinations-link");
        assertThat(given().filter(session).get(PAGE).statusCode()).isEqualTo(403);
        assertThat(given().filter(session).get(PAGE + "/" + id).statusCode()).isEqualTo(403);
        String csrf = People.csrfToken(session, "/tokens");
        assertThat(given().filter(session).formParam("csrf-token", csrf).post(PAGE + "/" + id + "/delete")
                .statusCode()).isEqualTo(403);
        assertThat(apiDestinationId("Admin's")).isEqualTo(id);
    }

    @Test
    void theOverviewListsADestinationWhoseLastDeliveryFailedUntilALaterOneIsDelivered() {
        String id = asAdmin().contentType(ContentType.JSON).body("""
                {"name": "Flaky receiver", "type": "teams", "url": "https://203.0.113.22/workflow", "language": "en",
                 "minSeverity": "high", "events": ["finding.opened"]}""").post("/api/v1/destinations")
                .then().statusCode(201).extract().path("id");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        delivery(id, DeliveryEntity.Status.FAILED, 503, "the receiver answered 503", now.minusSeconds(60));
        String viewer = People.account("overview-viewer", "VIEWER", List.of("*"));

        String overview = given().filter(admin).get("/").asString();
        assertThat(overview).contains("id=\"failing-destinations\"")
                .contains("href=\"/tenants/destinations/" + id + "\"").contains("the receiver answered 503");
        assertThat(given().filter(People.signedIn(viewer, People.PASSWORD)).get("/").asString())
                .as("a VIEWER sees no destinations").doesNotContain("failing-destinations");
        String detail = given().filter(admin).get(PAGE + "/" + id).asString();
        assertThat(detail).contains("data-status=\"FAILED\"").contains("the receiver answered 503")
                .contains("<td class=\"num\">8</td>");

        delivery(id, DeliveryEntity.Status.DELIVERED, 200, null, now);
        assertThat(given().filter(admin).get("/").asString()).doesNotContain("failing-destinations");
    }

    @Test
    void sendTestFromThePageReachesTheReceiverListsTheTestDeliveryAndIsAudited() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = asAdmin().contentType(ContentType.JSON).body("""
                    {"name": "Tested from the page", "type": "webhook", "url": "%s", "language": "en",
                     "minSeverity": "high", "events": ["finding.opened"]}""".formatted(receiver.url("/page-test")))
                    .post("/api/v1/destinations").then().statusCode(201).extract().path("id");

            Response sent = post(admin, PAGE + "/" + id + "/test");

            assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
            assertThat(sent.header("Location")).endsWith(PAGE + "/" + id + "?done=tested");
            assertThat(receiver.received(r -> r.path().equals("/page-test"))).hasSize(1);
            String detail = given().filter(admin).get(PAGE + "/" + id + "?done=tested").asString();
            assertThat(detail).contains("id=\"done\"").contains("<td>Test message</td>");
            // Whether it reads DELIVERED at once is the sender's (NotificationsTest pins delivery outcomes).
            assertThat(asAdmin().queryParam("action", "TEST_DESTINATION").get("/api/v1/audit").jsonPath()
                    .getList("items.target")).contains("destination " + id + " (Tested from the page)");
        }
    }

    @Test
    void thePageSpeaksJapanese() {
        String page = given().filter(admin).cookie("portcullis-lang", "ja").get(PAGE).asString();

        assertThat(page).contains("通知先を追加").contains("lang=\"ja\"");
    }

    /** A delivery as the delivery work writes it. */
    private static void delivery(String destinationId, DeliveryEntity.Status status, int statusCode, String error,
                                 Instant at) {
        DeliveryEntity delivery = new DeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.destinationRef = UUID.fromString(destinationId);
        delivery.eventId = UUID.randomUUID();
        delivery.eventType = "finding.opened";
        delivery.body = "{}";
        delivery.status = status;
        delivery.attempts = status == DeliveryEntity.Status.FAILED ? 8 : 1;
        delivery.nextAttemptAt = at;
        delivery.lastStatusCode = statusCode;
        delivery.lastError = error;
        delivery.createdAt = at;
        delivery.deliveredAt = status == DeliveryEntity.Status.DELIVERED ? at : null;
        QuarkusTransaction.requiringNew().run(delivery::persist);
    }
}
