package dev.portcullis.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.SimTenant;
import dev.portcullis.simulator.fault.Fault;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application as a process, kills it with SIGKILL in the middle of a scan, starts it again, and
 * checks that the interrupted scan is marked FAILED, that nothing of the subscription being collected was applied,
 * and that the next scan starts clean.
 */
class CrashRecoveryIT {

    private static final String PASSWORD = "crash-test-password";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DB_URL = System.getenv().getOrDefault("PORTCULLIS_IT_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/portcullis_it");
    private static final String DB_USER = System.getenv().getOrDefault("PORTCULLIS_DB_USER", "portcullis");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("PORTCULLIS_DB_PASSWORD", "portcullis");

    /** A new client per launch: none of its connections may outlive the process it was talking to. */
    private HttpClient http;
    private ArmSimulator simulator;
    private Process app;
    private int port;

    @BeforeEach
    void start() throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
        simulator = ArmSimulator.start(Estate.demo());
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        app = launch();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.destroyForcibly();
        }
        simulator.close();
    }

    @Test
    void scanKilledMidwayIsMarkedFailedOnRestartAndTheNextScanStartsClean() throws Exception {
        for (SimTenant tenant : simulator.estate().tenants()) {
            assertThat(post("/api/v1/tenants", """
                    {"displayName": "%s", "tenantId": "%s", "cloud": {"name": "Custom",
                     "resourceManagerEndpoint": "%s", "authorityHost": "%s"}, "credential": {"type": "none"}}"""
                    .formatted(tenant.displayName(), tenant.tenantId(), simulator.baseUrl(), simulator.baseUrl()))
                    .statusCode()).isEqualTo(201);
        }
        String slow = simulator.estate().subscriptions().get(0).subscriptionId();
        simulator.faults().add(Fault.delayMillis(60_000).matching("(?i)^/subscriptions/" + slow
                + "/providers/Microsoft\\.Network/networkSecurityGroups"));
        String interrupted = JSON.readTree(post("/api/v1/scans", "{}").body()).path("id").asText();
        awaitOtherSubscriptionsDone(interrupted, slow);

        app.destroyForcibly().waitFor();
        simulator.faults().clear();
        app = launch();

        JsonNode after = get("/api/v1/scans/" + interrupted);
        assertThat(after.path("status").asText()).isEqualTo("FAILED");
        for (JsonNode sub : after.path("subscriptions")) {
            if (sub.path("subscriptionId").asText().equals(slow)) {
                assertThat(sub.path("status").asText()).isEqualTo("FAILED");
                assertThat(sub.path("error").asText()).contains("Interrupted");
            } else {
                assertThat(sub.path("status").asText()).isEqualTo("SUCCEEDED");
            }
        }
        assertThat(get("/api/v1/vms?subscriptionId=" + slow).path("total").asLong()).isZero();
        assertThat(get("/api/v1/findings?subscriptionId=" + slow).path("total").asLong()).isZero();

        String next = JSON.readTree(post("/api/v1/scans", "{}").body()).path("id").asText();
        JsonNode done = awaitFinished(next);
        assertThat(done.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(get("/api/v1/vms?subscriptionId=" + slow).path("total").asLong())
                .isEqualTo(simulator.estate().virtualMachinesIn(slow).size());
    }

    private Process launch() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                System.getProperty("portcullis.app.jar", "target/quarkus-app/quarkus-run.jar"));
        Map<String, String> env = builder.environment();
        env.put("PORTCULLIS_DB_URL", DB_URL);
        env.put("PORTCULLIS_DB_USER", DB_USER);
        env.put("PORTCULLIS_DB_PASSWORD", DB_PASSWORD);
        env.put("PORTCULLIS_ADMIN_PASSWORD", PASSWORD);
        env.put("PORTCULLIS_PORT", String.valueOf(port));
        env.put("PORTCULLIS_SCAN_EVERY", "off");
        env.put("PORTCULLIS_ALLOW_LOOPBACK_CLOUDS", "true");
        builder.redirectErrorStream(true).redirectOutput(new File("target/crash-recovery-app.log"));
        Process process = builder.start();
        http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(REQUEST_TIMEOUT).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not start; see target/crash-recovery-app.log");
    }

    private void awaitOtherSubscriptionsDone(String scanId, String slow) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode scan = get("/api/v1/scans/" + scanId);
            long others = 0;
            long done = 0;
            for (JsonNode sub : scan.path("subscriptions")) {
                if (!sub.path("subscriptionId").asText().equals(slow)) {
                    others++;
                    done += sub.path("status").asText().equals("SUCCEEDED") ? 1 : 0;
                }
            }
            if (others == 3 && done == 3) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the other subscriptions did not finish");
    }

    private JsonNode awaitFinished(String scanId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode scan = get("/api/v1/scans/" + scanId);
            if (!scan.path("status").asText().matches("QUEUED|RUNNING")) {
                return scan;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("scan " + scanId + " did not finish");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).header("Authorization", basic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
