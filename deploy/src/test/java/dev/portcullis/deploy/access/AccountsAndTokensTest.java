package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Local accounts, their lockout, API tokens and the audit log, through the API on the real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class AccountsAndTokensTest {

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    @BeforeEach
    void emptyDatabase() {
        database.reset();
    }

    private static String idOf(String username) {
        return asAdmin().get("/api/v1/users").jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(u -> username.equals(u.get("username"))).map(u -> (String) u.get("id")).findFirst()
                .orElseThrow();
    }

    private static List<Map<String, Object>> auditOf(String actor) {
        return asAdmin().queryParam("actor", actor).get("/api/v1/audit").jsonPath().getList("items");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountUntilAnAdminUnlocksIt() {
        String user = People.account("lock", "VIEWER", List.of("*"));
        for (int i = 0; i < 5; i++) {
            assertThat(given().auth().preemptive().basic(user, "wrong-password-" + i).get("/api/v1/tenants")
                    .statusCode()).isEqualTo(401);
        }
        assertThat(People.as(user).get("/api/v1/tenants").statusCode()).as("locked: the right password fails too")
                .isEqualTo(401);
        assertThat(asAdmin().get("/api/v1/users/" + idOf(user)).jsonPath().getString("lockedUntil")).isNotNull();
        List<Map<String, Object>> audit = auditOf(user);
        assertThat(audit).extracting(e -> e.get("outcome")).containsOnly("FAILURE").hasSize(6);
        assertThat(audit.get(0).get("detail").toString()).startsWith("account locked until");
        assertThat(audit.get(1).get("detail").toString()).contains("account locked for 15 minutes");
        assertThat(audit.get(0).get("sourceAddress")).isNotNull();

        asAdmin().contentType(ContentType.JSON).body("{\"unlock\": true}").patch("/api/v1/users/" + idOf(user))
                .then().statusCode(200);
        assertThat(People.as(user).get("/api/v1/tenants").statusCode()).isEqualTo(200);
        assertThat(auditOf(user).get(0).get("outcome")).isEqualTo("SUCCESS");
    }

    @Test
    void aTokenIsShownOnceStoredAsAHashAndStopsAtOnceWhenRevoked() throws Exception {
        String owner = People.account("owner", "OPERATOR", List.of("*"));
        Response created = People.as(owner).contentType(ContentType.JSON).body("""
                {"name": "ci", "role": "VIEWER", "tenants": ["*"], "expiresAt": "%s"}"""
                .formatted(Instant.now().plus(1, ChronoUnit.DAYS))).post("/api/v1/tokens");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = created.jsonPath().getString("token");
        String id = created.jsonPath().getString("id");
        assertThat(token).startsWith("pct_").hasSizeGreaterThan(40);

        String listed = People.as(owner).get("/api/v1/tokens").asString();
        assertThat(listed).contains(id).doesNotContain(token);
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select token_hash from api_token where id = cast(:id as uuid)").setParameter("id", id)
                .getSingleResult());
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8))));

        assertThat(People.withToken(token).get("/api/v1/vms").statusCode()).isEqualTo(200);
        assertThat(People.withToken(token).contentType(ContentType.JSON).body("{}").post("/api/v1/scans")
                .statusCode()).as("a VIEWER token of an OPERATOR is a VIEWER").isEqualTo(403);
        assertThat(People.as(owner).delete("/api/v1/tokens/" + id).statusCode()).isEqualTo(204);
        assertThat(People.withToken(token).get("/api/v1/vms").statusCode()).isEqualTo(401);
        assertThat(People.withToken("pct_not-a-token").get("/api/v1/vms").statusCode()).isEqualTo(401);
        assertThat(auditOf(owner)).extracting(e -> e.get("action")).contains("CREATE_TOKEN", "REVOKE_TOKEN");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String owner = People.account("exp", "VIEWER", List.of("*"));
        String token = People.token(owner, "VIEWER", List.of("*"));
        assertThat(People.withToken(token).get("/api/v1/vms").statusCode()).isEqualTo(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update api_token set expires_at = now() - interval '1 second'").executeUpdate());
        assertThat(People.withToken(token).get("/api/v1/vms").statusCode()).isEqualTo(401);
    }

    @Test
    void noOneHandsOutMoreThanTheyHold() {
        String viewer = People.account("v", "VIEWER", List.of("c0a70500-0000-4000-8000-000000000001"));
        String body = "{\"name\": \"x\", \"role\": \"%s\", \"tenants\": %s, \"expiresAt\": \"%s\"}";
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        assertProblem(People.as(viewer).contentType(ContentType.JSON).body(body.formatted("OPERATOR",
                "[\"c0a70500-0000-4000-8000-000000000001\"]", tomorrow)).post("/api/v1/tokens"), 403, "role");
        assertProblem(People.as(viewer).contentType(ContentType.JSON).body(body.formatted("VIEWER", "[\"*\"]",
                tomorrow)).post("/api/v1/tokens"), 403, "tenants");
        assertProblem(People.as(viewer).contentType(ContentType.JSON).body(body.formatted("VIEWER",
                "[\"c0a70500-0000-4000-8000-000000000001\"]", Instant.now().minusSeconds(5)))
                .post("/api/v1/tokens"), 400, "expiresAt");
        assertProblem(People.as(viewer).contentType(ContentType.JSON).body(body.formatted("VIEWER",
                "[\"c0a70500-0000-4000-8000-000000000001\"]", Instant.now().plus(400, ChronoUnit.DAYS)))
                .post("/api/v1/tokens"), 400, "expiresAt");
    }

    @Test
    void usersApiValidatesEachFieldAndNeverReturnsAPasswordOrHash() {
        String valid = "{\"username\": \"%s\", \"password\": \"%s\", \"role\": \"%s\", \"tenants\": %s}";
        assertProblem(asAdmin().contentType(ContentType.JSON).body(valid.formatted("ann", "short", "VIEWER",
                "[\"*\"]")).post("/api/v1/users"), 400, "password");
        assertProblem(asAdmin().contentType(ContentType.JSON).body(valid.formatted("ann", "long-enough-pass",
                "ROOT", "[\"*\"]")).post("/api/v1/users"), 400, "role");
        assertProblem(asAdmin().contentType(ContentType.JSON).body(valid.formatted("ann", "long-enough-pass",
                "VIEWER", "[]")).post("/api/v1/users"), 400, "tenants");
        assertProblem(asAdmin().contentType(ContentType.JSON).body(valid.formatted("ann", "long-enough-pass",
                "VIEWER", "[\"*\", \"c0a70500-0000-4000-8000-000000000001\"]")).post("/api/v1/users"), 400,
                "tenants");
        assertProblem(asAdmin().contentType(ContentType.JSON).body(valid.formatted("a b", "long-enough-pass",
                "VIEWER", "[\"*\"]")).post("/api/v1/users"), 400, "username");
        Response created = asAdmin().contentType(ContentType.JSON).body(valid.formatted("ann", "long-enough-pass",
                "VIEWER", "[\"c0a70500-0000-4000-8000-000000000001\"]")).post("/api/v1/users");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.jsonPath().getList("tenants")).containsExactly("c0a70500-0000-4000-8000-000000000001");
        assertProblem(asAdmin().contentType(ContentType.JSON).body(valid.formatted("ann", "long-enough-pass",
                "VIEWER", "[\"*\"]")).post("/api/v1/users"), 409, "username");
        String all = asAdmin().get("/api/v1/users").asString() + created.asString();
        assertThat(all).doesNotContain("long-enough-pass").doesNotContain("$2a$").doesNotContain("password");
    }

    @Test
    void aRoleChangeOrDeletionTakesEffectOnTheNextCall() {
        String user = People.account("change", "VIEWER", List.of("*"));
        String token = People.token(user, "VIEWER", List.of("*"));
        assertThat(People.as(user).contentType(ContentType.JSON).body("{}").post("/api/v1/scans").statusCode())
                .isEqualTo(403);
        asAdmin().contentType(ContentType.JSON).body("{\"role\": \"OPERATOR\", \"tenants\": [\"*\"]}")
                .patch("/api/v1/users/" + idOf(user)).then().statusCode(200);
        assertThat(People.as(user).contentType(ContentType.JSON).body("{}").post("/api/v1/scans").statusCode())
                .isEqualTo(202);
        assertThat(asAdmin().delete("/api/v1/users/" + idOf(user)).statusCode()).isEqualTo(204);
        assertThat(People.as(user).get("/api/v1/vms").statusCode()).isEqualTo(401);
        assertThat(People.withToken(token).get("/api/v1/vms").statusCode()).as("its tokens went with it")
                .isEqualTo(401);
    }

    @Test
    void theLastAdminOverEveryTenantCannotBeDeletedOrDemoted() {
        String admin = idOf("admin");
        assertProblem(asAdmin().delete("/api/v1/users/" + admin), 409, "id");
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"role\": \"VIEWER\", \"tenants\": [\"*\"]}")
                .patch("/api/v1/users/" + admin), 409, "role");
        assertThat(asAdmin().get("/api/v1/users/" + admin).jsonPath().getString("role")).isEqualTo("ADMIN");
    }

    @Test
    void theAuditLogExportsAsCsvAndJsonAndRefusesChanges() {
        String user = People.account("audited", "VIEWER", List.of("*"));
        given().auth().preemptive().basic(user, "not-the-password").get("/api/v1/vms");
        String csv = asAdmin().queryParam("format", "csv").queryParam("actor", user).get("/api/v1/audit/export")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).first().isEqualTo("id,at,actor,action,outcome,target,detail,source_address");
        assertThat(csv).contains(user + ",LOGIN,FAILURE,account " + user + ",wrong password");
        JsonPath json = new JsonPath(asAdmin().queryParam("format", "json").queryParam("action", "CREATE_USER")
                .get("/api/v1/audit/export").asString());
        assertThat(json.getList("target", String.class)).contains("account " + user);
        assertThat(json.getList("actor", String.class)).containsOnly("admin");
        assertProblem(asAdmin().queryParam("format", "xml").get("/api/v1/audit/export"), 400, "format");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update audit_event set actor = 'someone else'").executeUpdate()))
                .hasStackTraceContaining("audit_event is append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from audit_event").executeUpdate()))
                .hasStackTraceContaining("audit_event is append-only");
    }
}
