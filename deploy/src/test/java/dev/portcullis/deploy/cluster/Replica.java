package dev.portcullis.deploy.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.SimTenant;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One replica of Portcullis as production runs it: the packaged application ({@code quarkus-run.jar}) in its own
 * process, with its own ports and its Quartz instance id set to its name, talking to the shared PostgreSQL. It can be
 * killed (SIGKILL), stopped (SIGTERM, a graceful shutdown) and started again.
 */
final class Replica implements AutoCloseable {

    static final String PASSWORD = "cluster-test-password";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Map<String, String> env;
    private final int port;
    private final int managementPort;
    private Process process;
    private HttpClient http;

    Replica(String name, Map<String, String> env) throws IOException {
        this.name = name;
        this.env = new HashMap<>(env);
        this.port = freePort();
        this.managementPort = freePort();
    }

    String name() {
        return name;
    }

    /**
     * The settings of a test replica on {@code dbUrl}: simulated (loopback) clouds allowed, the schedule and change
     * polling off until a test turns them on.
     */
    static Map<String, String> environment(String dbUrl, String dbUser, String dbPassword) {
        Map<String, String> env = new HashMap<>();
        env.put("PORTCULLIS_DB_URL", dbUrl);
        env.put("PORTCULLIS_DB_USER", dbUser);
        env.put("PORTCULLIS_DB_PASSWORD", dbPassword);
        env.put("PORTCULLIS_MASTER_KEY", "Y2x1c3RlciB0ZXN0IG1hc3RlciBrZXkgMzIgYnl0ZXM=");
        env.put("PORTCULLIS_SCAN_EVERY", "off");
        env.put("PORTCULLIS_CHANGE_POLL", "off");
        env.put("PORTCULLIS_ALLOW_LOOPBACK_CLOUDS", "true");
        env.put("PORTCULLIS_CUSTOM_MANAGEMENT_PORTS", "2222");
        env.put("PORTCULLIS_ADMIN_SOURCE_RANGES", "203.0.113.0/24");
        return env;
    }

    /** Onboards every tenant the simulator serves, pointed at it, with no credential. */
    void onboard(ArmSimulator simulator) throws Exception {
        for (SimTenant tenant : simulator.estate().tenants()) {
            HttpResponse<String> created = post("/api/v1/tenants", """
                    {"displayName": "%s", "tenantId": "%s", "cloud": {"name": "Custom",
                     "resourceManagerEndpoint": "%s", "authorityHost": "%s"}, "credential": {"type": "none"}}"""
                    .formatted(tenant.displayName(), tenant.tenantId(), simulator.baseUrl(), simulator.baseUrl()));
            if (created.statusCode() != 201) {
                throw new AssertionError("onboarding " + tenant.tenantId() + " answered " + created.statusCode()
                        + ": " + created.body());
            }
        }
    }

    /** Starts the process and waits until it answers ready. */
    Replica start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-jar", System.getProperty("portcullis.app.jar", "target/quarkus-app/quarkus-run.jar"));
        builder.environment().putAll(env);
        builder.environment().put("PORTCULLIS_PORT", String.valueOf(port));
        builder.environment().put("PORTCULLIS_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("PORTCULLIS_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("QUARKUS_QUARTZ_INSTANCE_ID", name);
        File log = new File("target/cluster-" + name + ".log");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        process = builder.start();
        http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            for (URI health : List.of(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"),
                    URI.create("http://127.0.0.1:" + port + "/q/health/ready"))) {
                try {
                    if (http.send(HttpRequest.newBuilder(health).timeout(REQUEST_TIMEOUT).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("replica " + name + " did not start; see " + log);
    }

    /** SIGKILL: the replica dies at once, in the middle of whatever it does. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM: a graceful shutdown (rolling update, scale-in); waits for the process to end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("replica " + name + " did not stop within 90 s of SIGTERM");
        }
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).header("Authorization", basic())
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * Like {@link #get}, but null while the replica answers 503 with Retry-After (its database restarting): a request
     * refused while PostgreSQL is away is expected; what is stored must survive it.
     */
    JsonNode getUnlessUnavailable(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** This replica's address of {@code path} (with its query), e.g. for a webhook aimed at it. */
    String url(String path) {
        return uri(path).toString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
