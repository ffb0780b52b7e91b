package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.FromAddress;
import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.persistence.account.Accounts;
import dev.portcullis.persistence.account.SignInThrottle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords costs the guesser, not the server: failures are throttled per client address before any bcrypt,
 * the lockout counts every failure however many arrive at once, every form sign-in is audited, a remembered Basic
 * login serves only the client it was checked for, and whoever runs the host can always unlock an account. Tests that
 * depend on a client address send from their own loopback address (127.0.0.x), apart from every other test.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class SignInAbuseTest {

    @Inject
    TestDatabase database;

    @Inject
    Accounts accounts;

    @Inject
    EntityManager em;

    @BeforeEach
    void clean() {
        database.reset();
    }

    /** Fixed one-minute windows: start where a whole test fits in one. */
    private static void atTheStartOfAMinute() throws InterruptedException {
        int second = LocalTime.now(ZoneOffset.UTC).getSecond();
        if (second > 40) {
            Thread.sleep((61 - second) * 1000L);
        }
    }

    private static List<Map<String, Object>> audit(String actor, String action) {
        return asAdmin().queryParam("actor", actor).queryParam("action", action).queryParam("size", 1000)
                .get("/api/v1/audit").jsonPath().getList("items");
    }

    @Test
    void failedSignInsFromOneAddressAreRefusedWith429BeforeAnyPasswordIsChecked() throws Exception {
        atTheStartOfAMinute();
        FromAddress guesser = FromAddress.of("127.0.0.2");
        for (int i = 0; i < SignInThrottle.FAILURES_PER_MINUTE; i++) {
            assertThat(guesser.getWithBasic("/api/v1/tenants", "nobody-" + i, "guess").status()).isEqualTo(401);
        }

        FromAddress.Answer refused = guesser.getWithBasic("/api/v1/tenants", "admin", ADMIN_PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 61L);
        assertThat(audit("admin", "LOGIN")).as("no password was checked for the refused attempt")
                .noneMatch(e -> "127.0.0.2".equals(e.get("sourceAddress")));
        assertThat(asAdmin().get("/api/v1/tenants").statusCode()).as("other addresses go on").isEqualTo(200);
    }

    @Test
    void theLoginFormOfAThrottledAddressSaysWhenToTryAgain() throws Exception {
        atTheStartOfAMinute();
        FromAddress guesser = FromAddress.of("127.0.0.3");
        FromAddress.Answer form = guesser.get("/login", null);
        String cookie = cookie(form.header("Set-Cookie"), "portcullis-csrf");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        for (int i = 0; i < SignInThrottle.FAILURES_PER_MINUTE; i++) {
            assertThat(guesser.postForm("/login", "csrf-token=" + token.group(1) + "&username=nobody&password=x",
                    "portcullis-csrf=" + cookie).status()).isEqualTo(401);
        }

        FromAddress.Answer refused = guesser.postForm("/login", "csrf-token=" + token.group(1)
                + "&username=admin&password=" + ADMIN_PASSWORD, "portcullis-csrf=" + cookie);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.body()).contains("id=\"throttled\"");
        assertThat(refused.header("Set-Cookie")).as("no session").doesNotContain("portcullis-session=");
    }

    /**
     * Ten failures arrive together while the account's row is locked, so each has read it before any can write: counted
     * in one statement, all ten count (two locks); read, then written, they would all write "1" and never lock.
     */
    @Test
    void wrongPasswordsArrivingTogetherEachCountSoTheLockoutCannotBeRacedPast() throws Exception {
        String name = People.account("raced", "VIEWER", List.of("*"));
        UUID id = UUID.fromString(People.accountId(name));
        int attempts = 2 * Accounts.LOCK_AFTER_FAILURES;
        ExecutorService pool = Executors.newFixedThreadPool(attempts + 1);
        CountDownLatch rowHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select 1 from user_account where id = :id for update").setParameter("id", id)
                    .getResultList();
            rowHeld.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        rowHeld.await();
        Instant now = Instant.now();
        List<Future<Boolean>> locks = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Callable<Boolean> failure = () -> QuarkusTransaction.requiringNew().call(() -> accounts.loginFailed(id,
                    now));
            locks.add(pool.submit(failure));
        }
        awaitWaitingOnARowLock(attempts);
        release.countDown();
        holder.get();
        long lockedTimes = 0;
        for (Future<Boolean> lock : locks) {
            lockedTimes += lock.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(lockedTimes).as("every fifth failure locks, none lost").isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> accounts.isLocked(id, Instant.now()))).isTrue();
    }

    /** Waits until this many sessions of the test database wait for a lock (each has read the row by then). */
    private void awaitWaitingOnARowLock(int sessions) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            long waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from pg_stat_activity where datname = current_database()"
                            + " and wait_event_type = 'Lock'").getSingleResult()).longValue());
            if (waiting >= sessions) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the failures did not all reach the locked row");
    }

    @Test
    void everyFormSignInIsAuditedEvenRightAfterTheSameCredentialsPassedBasic() {
        String name = People.account("formed", "VIEWER", List.of("*"));
        assertThat(People.as(name).get("/api/v1/tenants").statusCode()).isEqualTo(200);
        assertThat(People.as(name).get("/api/v1/tenants").statusCode()).isEqualTo(200);

        People.signedIn(name, People.PASSWORD);
        People.signedIn(name, People.PASSWORD);

        List<Map<String, Object>> logins = audit(name, "LOGIN");
        assertThat(logins).filteredOn(e -> String.valueOf(e.get("detail")).contains("login form")).hasSize(2);
        assertThat(logins).filteredOn(e -> String.valueOf(e.get("detail")).contains("HTTP Basic")).hasSize(1);
    }

    @Test
    void aRememberedBasicLoginServesOnlyTheClientAddressItWasCheckedFor() {
        String name = People.account("remembered", "VIEWER", List.of("*"));
        assertThat(People.as(name).get("/api/v1/tenants").statusCode()).isEqualTo(200);

        FromAddress.Answer elsewhere = FromAddress.of("127.0.0.4").getWithBasic("/api/v1/tenants", name,
                People.PASSWORD);

        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(audit(name, "LOGIN")).extracting(e -> e.get("sourceAddress"))
                .containsExactlyInAnyOrder("127.0.0.1", "127.0.0.4");
    }

    @Test
    void theHostUnlocksALockedAccountWithThePortcullisCommand() throws Exception {
        String name = People.account("locked-out", "VIEWER", List.of("*"));
        FromAddress guesser = FromAddress.of("127.0.0.5");
        for (int i = 0; i < Accounts.LOCK_AFTER_FAILURES; i++) {
            guesser.getWithBasic("/api/v1/tenants", name, "wrong-" + i);
        }
        assertThat(People.as(name).get("/api/v1/tenants").statusCode()).as("locked").isEqualTo(401);

        ProcessBuilder unlock = new ProcessBuilder(new File("../portcullis").getAbsolutePath(), "unlock", name)
                .redirectErrorStream(true);
        unlock.environment().put("PORTCULLIS_DB_URL", database.connection().jdbcUrl());
        unlock.environment().put("PORTCULLIS_DB_USER", database.connection().user());
        unlock.environment().put("PORTCULLIS_DB_PASSWORD", database.connection().password());
        Process process = unlock.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(given().auth().preemptive().basic(name, People.PASSWORD).get("/api/v1/tenants").statusCode())
                .isEqualTo(200);
        assertThat(asAdmin().queryParam("action", "UNLOCK_USER").get("/api/v1/audit").jsonPath()
                .getList("items.target", String.class)).contains("account " + name);
    }

    private static String cookie(String setCookies, String name) {
        Matcher value = Pattern.compile(name + "=([^;]+)").matcher(setCookies);
        assertThat(value.find()).as("cookie " + name + " in " + setCookies).isTrue();
        return value.group(1);
    }
}
