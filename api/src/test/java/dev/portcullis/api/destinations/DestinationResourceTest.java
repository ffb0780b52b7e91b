package dev.portcullis.api.destinations;

import static dev.portcullis.api.support.Api.asOperator;
import static dev.portcullis.api.support.Api.asOperatorOf;
import static dev.portcullis.api.support.Api.asViewer;
import static dev.portcullis.api.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.persistence.audit.AuditEntry;
import dev.portcullis.persistence.audit.AuditQueries;
import dev.portcullis.persistence.audit.AuditQueries.AuditFilter;
import dev.portcullis.persistence.notification.DeliveryEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Destinations through the API, with private receivers not allowed (the installation's default): what may be stored,
 * that URLs' paths and secrets never come back, who sees which destination, and what the audit log says.
 * Receivers are public IP literals (TEST-NET-3), so no test needs DNS. Sending a test message is the delivery work's
 * ({@code TestMessages}); here only who may ask for one is pinned.
 */
@QuarkusTest
class DestinationResourceTest {

    private static final String PATH = "/api/v1/destinations";
    private static final String URL_PATH = "/services/T0000/B0000/XyZsEcReTpAtH";
    private static final String URL = "https://203.0.113.10" + URL_PATH;

    @Inject
    AuditQueries audit;

    private static Response create(RequestSpecification as, String body) {
        return as.contentType(ContentType.JSON).body(body).post(PATH);
    }

    private static String webhook(String name) {
        return """
                {"name": "%s", "type": "webhook", "url": "%s", "language": "en", "minSeverity": "high",
                 "events": ["finding.opened", "finding.resolved"]}""".formatted(name, URL);
    }

    private static String createdId(Response created) {
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath().getString("id");
    }

    /** A caller of one fresh tenant: its own audit lines, its own destinations. */
    private static RequestSpecification freshOperator(UUID tenant) {
        return asOperatorOf(tenant);
    }

    private List<AuditEntry> auditOf(String actor) {
        return audit.page(new AuditFilter(null, null, actor, null), 0, 100).items();
    }

    @Test
    void aWebhookWithoutASecretGetsOneGeneratedAndAnsweredOnceAndItsUrlPathIsNeverAnswered() {
        Response created = create(asOperator(), webhook("SIEM intake"));

        String id = createdId(created);
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.jsonPath().getString("name")).isEqualTo("SIEM intake");
        assertThat(created.jsonPath().getString("type")).isEqualTo("webhook");
        assertThat(created.jsonPath().getString("url")).isEqualTo("https://203.0.113.10/…");
        assertThat(created.jsonPath().getBoolean("hasSecret")).isTrue();
        assertThat(created.jsonPath().getString("language")).isEqualTo("en");
        assertThat(created.jsonPath().getString("minSeverity")).isEqualTo("high");
        assertThat(created.jsonPath().getList("events")).containsExactly("finding.opened", "finding.resolved");
        assertThat(created.jsonPath().getList("checks")).isEmpty();
        assertThat(created.jsonPath().getList("to")).isEmpty();
        assertThat(created.jsonPath().getList("tenants")).containsExactly("*");
        assertThat(created.jsonPath().getString("createdBy")).isEqualTo("OPERATOR");
        assertThat(created.jsonPath().getString("createdAt")).isNotBlank();
        String secret = created.jsonPath().getString("secret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(created.asString()).doesNotContain(URL_PATH).doesNotContain("XyZsEcReTpAtH");

        String read = asOperator().get(PATH + "/" + id).asString() + asOperator().get(PATH).asString();
        assertThat(read).contains(id).doesNotContain(secret).doesNotContain("XyZsEcReTpAtH")
                .doesNotContain("\"secret\"").doesNotContain("pcs1.");
    }

    @Test
    void aGivenSecretIsNeverAnsweredNorAuditedAndNeitherIsTheUrlPath() {
        UUID tenant = UUID.randomUUID();
        String secret = "given-signing-secret-" + UUID.randomUUID();
        Response created = create(freshOperator(tenant), """
                {"name": "Given secret", "type": "webhook", "url": "%s", "secret": "%s", "language": "ja",
                 "minSeverity": "critical", "events": ["scan.failed"]}""".formatted(URL, secret));
        String id = createdId(created);
        String changed = freshOperator(tenant).contentType(ContentType.JSON).body("""
                {"secret": "%s-2", "url": "https://203.0.113.11/other/XyZsEcReTpAtH"}""".formatted(secret))
                .patch(PATH + "/" + id).asString();

        String everything = created.asString() + changed + freshOperator(tenant).get(PATH).asString()
                + freshOperator(tenant).get(PATH + "/" + id).asString();
        assertThat(everything).doesNotContain(secret).doesNotContain("XyZsEcReTpAtH").doesNotContain("\"secret\"");
        assertThat(created.jsonPath().getBoolean("hasSecret")).isTrue();
        assertThat(auditOf("OPERATOR@" + tenant)).isNotEmpty().allSatisfy(entry -> assertThat(
                entry.target() + entry.detail()).doesNotContain(secret).doesNotContain("XyZsEcReTpAtH")
                .doesNotContain("/services/").doesNotContain("/other/"));
    }

    @Test
    void anEmailDestinationTakesRecipientsAndHasNeitherUrlNorSecret() {
        Response created = create(asOperator(), """
                {"name": "SOC mail", "type": "email", "to": [" soc@example.com ", "ciso@example.co.jp",
                 "soc@example.com"], "language": "ja", "minSeverity": "MEDIUM",
                 "checks": ["vm_jit_enabled"], "events": ["subscription.stale", "finding.opened"]}""");

        createdId(created);
        assertThat(created.jsonPath().getString("type")).isEqualTo("email");
        assertThat(created.jsonPath().getString("url")).isNull();
        assertThat(created.jsonPath().getBoolean("hasSecret")).isFalse();
        assertThat(created.jsonPath().getString("secret")).isNull();
        assertThat(created.jsonPath().getList("to")).containsExactly("soc@example.com", "ciso@example.co.jp");
        assertThat(created.jsonPath().getString("minSeverity")).isEqualTo("medium");
        assertThat(created.jsonPath().getList("checks")).containsExactly("vm_jit_enabled");
        assertThat(created.jsonPath().getList("events")).as("in the vocabulary's order")
                .containsExactly("finding.opened", "subscription.stale");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://203.0.113.10/hook",
            "https://127.0.0.1/hook",
            "https://localhost/hook",
            "https://10.0.0.1/hook",
            "https://192.168.1.20/hook",
            "https://172.16.0.5/hook",
            "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/hook",
            "https://[fd00::1]/hook",
            "https://[::ffff:10.0.0.1]/hook",
            "https://100.64.0.1/hook",
            "https://0.0.0.0/hook",
            "https://user:password@203.0.113.10/hook",
            "https://no-such-host.invalid/hook",
            "ftp://203.0.113.10/hook",
            "not a url"})
    void aUrlThePolicyRefusesIsABadRequestNamingUrlAndNothingIsStored(String url) {
        String name = "Refused " + UUID.randomUUID();
        for (String type : List.of("webhook", "slack", "teams")) {
            Response refused = create(asOperator(), """
                    {"name": "%s", "type": "%s", "url": "%s", "language": "en", "minSeverity": "low",
                     "events": ["finding.opened"]}""".formatted(name, type, url));

            assertProblem(refused, 400, "url");
        }
        assertThat(asOperator().get(PATH).jsonPath().getList("items.name")).doesNotContain(name);
    }

    @Test
    void aChangedUrlIsCheckedByThePolicyToo() {
        String id = createdId(create(asOperator(), webhook("Moved")));

        assertProblem(asOperator().contentType(ContentType.JSON).body("{\"url\": \"https://169.254.169.254/\"}")
                .patch(PATH + "/" + id), 400, "url");
        assertThat(asOperator().get(PATH + "/" + id).jsonPath().getString("url")).isEqualTo("https://203.0.113.10/…");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | name",
            "{\"name\": \"  \", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | name",
            "{\"name\": 5, \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | name",
            "{\"name\": \"n\", \"type\": \"pager\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | type",
            "{\"name\": \"n\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | type",
            "{\"name\": \"n\", \"type\": \"slack\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | url",
            "{\"name\": \"n\", \"type\": \"email\", \"url\": \"" + URL + "\", \"to\": [\"a@example.com\"], \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | url",
            "{\"name\": \"n\", \"type\": \"email\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | to",
            "{\"name\": \"n\", \"type\": \"email\", \"to\": [], \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | to",
            "{\"name\": \"n\", \"type\": \"email\", \"to\": [\"not-an-address\"], \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | to",
            "{\"name\": \"n\", \"type\": \"email\", \"to\": [\"a@example.com\\r\\nBcc: x@example.com\"], \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | to",
            "{\"name\": \"n\", \"type\": \"email\", \"to\": \"a@example.com\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | to",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"to\": [\"a@example.com\"], \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | to",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"secret\": \"too-short\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | secret",
            "{\"name\": \"n\", \"type\": \"slack\", \"url\": \"" + URL + "\", \"secret\": \"a-long-enough-secret\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | secret",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"fr\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | language",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"]} | language",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"urgent\", \"events\": [\"scan.failed\"]} | minSeverity",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"events\": [\"scan.failed\"]} | minSeverity",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"checks\": [\"vm_is_pretty\"], \"events\": [\"scan.failed\"]} | checks",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"checks\": [7], \"events\": [\"scan.failed\"]} | checks",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\"} | events",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": []} | events",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"finding.changed\"]} | events",
            "{\"name\": \"n\", \"type\": \"webhook\", \"url\": \"" + URL + "\", \"language\": \"en\", \"minSeverity\": \"low\", \"events\": [\"scan.failed\"], \"tenants\": [\"*\"]} | tenants"})
    void anIncompleteOrMalformedDestinationIsABadRequestNamingTheField(String body, String field) {
        assertProblem(create(asOperator(), body.trim()), 400, field);
    }

    @Test
    void aNameLongerThanAHundredCharactersIsABadRequestNamingName() {
        assertProblem(create(asOperator(), webhook("x".repeat(101))), 400, "name");
    }

    @Test
    void aViewerCanNeitherCreateNorReadNorTestDestinations() {
        String id = createdId(create(asOperator(), webhook("Not for viewers")));

        assertThat(create(asViewer(), webhook("By a viewer")).statusCode()).isEqualTo(403);
        assertThat(asViewer().get(PATH).statusCode()).isEqualTo(403);
        assertThat(asViewer().get(PATH + "/" + id).statusCode()).isEqualTo(403);
        assertThat(asViewer().get(PATH + "/" + id + "/deliveries").statusCode()).isEqualTo(403);
        assertThat(asViewer().contentType(ContentType.JSON).post(PATH + "/" + id + "/test").statusCode())
                .isEqualTo(403);
        assertThat(asViewer().contentType(ContentType.JSON).body("{\"name\": \"mine\"}").patch(PATH + "/" + id)
                .statusCode()).isEqualTo(403);
        assertThat(asViewer().contentType(ContentType.JSON).delete(PATH + "/" + id).statusCode()).isEqualTo(403);
        assertThat(asOperator().get(PATH).jsonPath().getList("items.name")).doesNotContain("By a viewer");
    }

    @Test
    void aScopedOperatorSeesOnlyDestinationsWithinItsTenantsAndAnotherTenantsAnswer404LikeUnknownOnes() {
        UUID own = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Response ownCreated = create(asOperatorOf(own), webhook("Own tenant's"));
        String ownId = createdId(ownCreated);
        String otherId = createdId(create(asOperatorOf(other), webhook("Other tenant's")));
        String everyTenantId = createdId(create(asOperator(), webhook("Every tenant's")));

        assertThat(ownCreated.jsonPath().getList("tenants")).containsExactly(own.toString());
        assertThat(asOperatorOf(own).get(PATH).jsonPath().getList("items.id")).contains(ownId)
                .doesNotContain(otherId, everyTenantId);
        assertThat(asOperator().get(PATH).jsonPath().getList("items.id")).contains(ownId, otherId, everyTenantId);
        for (String foreign : List.of(otherId, everyTenantId, UUID.randomUUID().toString())) {
            String path = PATH + "/" + foreign;
            assertProblem(asOperatorOf(own).get(path), 404, "id");
            assertProblem(asOperatorOf(own).get(path + "/deliveries"), 404, "id");
            assertProblem(asOperatorOf(own).contentType(ContentType.JSON).body("{\"name\": \"taken over\"}")
                    .patch(path), 404, "id");
            assertProblem(asOperatorOf(own).contentType(ContentType.JSON).post(path + "/test"), 404, "id");
            assertProblem(asOperatorOf(own).contentType(ContentType.JSON).delete(path), 404, "id");
        }
        assertThat(asOperator().get(PATH + "/" + otherId).jsonPath().getString("name")).isEqualTo("Other tenant's");
    }

    @Test
    void aChangeAppliesOnlyTheFieldsGivenAndNullChecksMeansEveryCheckAgain() {
        String id = createdId(create(asOperator(), """
                {"name": "Before", "type": "webhook", "url": "%s", "language": "en", "minSeverity": "high",
                 "checks": ["vm_jit_enabled"], "events": ["finding.opened"]}""".formatted(URL)));

        Response changed = asOperator().contentType(ContentType.JSON).body("""
                {"name": "After", "minSeverity": "low", "url": "https://203.0.113.77:8443/new", "checks": null,
                 "type": "webhook"}""").patch(PATH + "/" + id);

        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(changed.jsonPath().getString("name")).isEqualTo("After");
        assertThat(changed.jsonPath().getString("minSeverity")).isEqualTo("low");
        assertThat(changed.jsonPath().getString("url")).isEqualTo("https://203.0.113.77:8443/…");
        assertThat(changed.jsonPath().getList("checks")).isEmpty();
        assertThat(changed.jsonPath().getList("events")).containsExactly("finding.opened");
        assertThat(changed.jsonPath().getString("language")).isEqualTo("en");
        assertThat(changed.jsonPath().getBoolean("hasSecret")).isTrue();
        assertThat(Instant.parse(changed.jsonPath().getString("updatedAt")))
                .isAfterOrEqualTo(Instant.parse(changed.jsonPath().getString("createdAt")));
        assertThat(asOperator().get(PATH + "/" + id).jsonPath().getString("name")).isEqualTo("After");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\": \"slack\"}                 | type",
            "{\"secret\": null}                    | secret",
            "{\"secret\": \"short\"}               | secret",
            "{\"url\": null}                       | url",
            "{\"name\": null}                      | name",
            "{\"events\": []}                      | events",
            "{\"to\": [\"a@example.com\"]}         | to",
            "{\"hasSecret\": false}                | hasSecret",
            "[]                                    | "})
    void aChangeThatWouldBreakTheDestinationIsABadRequestNamingTheFieldAndChangesNothing(String body, String field) {
        String id = createdId(create(asOperator(), webhook("Unbroken")));

        assertProblem(asOperator().contentType(ContentType.JSON).body(body.trim()).patch(PATH + "/" + id), 400,
                field == null || field.isBlank() ? null : field.trim());
        Response after = asOperator().get(PATH + "/" + id);
        assertThat(after.jsonPath().getString("name")).isEqualTo("Unbroken");
        assertThat(after.jsonPath().getString("type")).isEqualTo("webhook");
    }

    @Test
    void aDeletedDestinationIsGoneAndAnswers404() {
        String id = createdId(create(asOperator(), webhook("Short-lived")));

        assertThat(asOperator().contentType(ContentType.JSON).delete(PATH + "/" + id).statusCode()).isEqualTo(204);

        assertProblem(asOperator().get(PATH + "/" + id), 404, "id");
        assertThat(asOperator().get(PATH).jsonPath().getList("items.id")).doesNotContain(id);
        assertProblem(asOperator().contentType(ContentType.JSON).delete(PATH + "/" + id), 404, "id");
        assertProblem(asOperator().contentType(ContentType.JSON).delete(PATH + "/not-a-guid"), 400, "id");
    }

    @Test
    void creatingChangingAndDeletingAreAuditedWithTargetAndShownUrlOnly() {
        UUID tenant = UUID.randomUUID();
        String actor = "OPERATOR@" + tenant;
        String id = createdId(create(freshOperator(tenant), webhook("Audited")));
        freshOperator(tenant).contentType(ContentType.JSON).body("{\"minSeverity\": \"medium\"}")
                .patch(PATH + "/" + id).then().statusCode(200);
        freshOperator(tenant).contentType(ContentType.JSON).delete(PATH + "/" + id).then().statusCode(204);

        List<AuditEntry> entries = auditOf(actor);

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("DELETE_DESTINATION", "CHANGE_DESTINATION", "CREATE_DESTINATION");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo("SUCCESS");
            assertThat(entry.target()).isEqualTo("destination " + id + " (Audited)");
            assertThat(entry.detail()).contains("webhook https://203.0.113.10/…").contains("tenants " + tenant)
                    .doesNotContain(URL_PATH);
            assertThat(entry.sourceAddress()).isEqualTo("127.0.0.1");
        });
        assertThat(entries.get(2).detail()).contains("secret generated");
        assertThat(entries.get(1).detail()).startsWith("changed minSeverity;").contains("min severity medium");
    }

    @Test
    void sendingATestNeedsAVisibleDestination() {
        assertProblem(asOperator().contentType(ContentType.JSON).post(PATH + "/" + UUID.randomUUID() + "/test"), 404,
                "id");
        assertProblem(asOperator().contentType(ContentType.JSON).post(PATH + "/not-a-guid/test"), 400, "id");
        // What the test message does, and that it is audited as TEST_DESTINATION, needs TestMessages (delivery work).
    }

    @Test
    void deliveriesAreListedNewestFirstUpToTheLimit() {
        String id = createdId(create(asOperator(), webhook("Delivered to")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID oldest = delivery(id, "finding.opened", "DELIVERED", 1, 200, null, now.minusSeconds(300));
        UUID middle = delivery(id, "scan.failed", "FAILED", 8, 500, "the receiver answered 500", now.minusSeconds(200));
        UUID newest = delivery(id, "test", "PENDING", 1, null, "connection refused", now.minusSeconds(100));

        Response all = asOperator().get(PATH + "/" + id + "/deliveries");
        Response two = asOperator().queryParam("limit", 2).get(PATH + "/" + id + "/deliveries");

        assertThat(all.jsonPath().getList("items.id")).containsExactly(newest.toString(), middle.toString(),
                oldest.toString());
        assertThat(two.jsonPath().getList("items.id")).containsExactly(newest.toString(), middle.toString());
        assertThat(two.jsonPath().getString("items[1].event")).isEqualTo("scan.failed");
        assertThat(two.jsonPath().getString("items[1].status")).isEqualTo("FAILED");
        assertThat(two.jsonPath().getInt("items[1].attempts")).isEqualTo(8);
        assertThat(two.jsonPath().getInt("items[1].lastStatusCode")).isEqualTo(500);
        assertThat(two.jsonPath().getString("items[1].lastError")).isEqualTo("the receiver answered 500");
        assertThat(two.jsonPath().getString("items[1].eventId")).isNotBlank();
        assertThat(Instant.parse(two.jsonPath().getString("items[1].createdAt"))).isEqualTo(now.minusSeconds(200));
        assertThat(all.jsonPath().getString("items[2].deliveredAt")).isNotBlank();
        assertThat(all.asString()).doesNotContain("not read back");
        assertProblem(asOperator().queryParam("limit", 0).get(PATH + "/" + id + "/deliveries"), 400, "limit");
        assertProblem(asOperator().queryParam("limit", 1001).get(PATH + "/" + id + "/deliveries"), 400, "limit");
    }

    /** A delivery as the delivery work writes it (the body is never read back by these reads). */
    private static UUID delivery(String destinationId, String event, String status, int attempts, Integer statusCode,
                                 String error, Instant at) {
        DeliveryEntity delivery = new DeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.destinationRef = UUID.fromString(destinationId);
        delivery.eventId = UUID.randomUUID();
        delivery.eventType = event;
        delivery.body = "{\"text\": \"not read back\"}";
        delivery.status = DeliveryEntity.Status.valueOf(status);
        delivery.attempts = attempts;
        delivery.nextAttemptAt = at;
        delivery.lastStatusCode = statusCode;
        delivery.lastError = error;
        delivery.createdAt = at;
        delivery.deliveredAt = delivery.status == DeliveryEntity.Status.DELIVERED ? at.plusSeconds(1) : null;
        QuarkusTransaction.requiringNew().run(delivery::persist);
        return delivery.id;
    }
}
