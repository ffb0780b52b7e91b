package dev.portcullis.deploy.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/**
 * A webhook receiver on loopback, over HTTPS with the certificate the test JVM trusts (src/test/resources/tls). It
 * records every request (headers, body, when it came) and answers as the test scripts it: 200 unless told otherwise,
 * with a status, headers or a delay per coming request.
 */
public final class WebhookReceiver implements AutoCloseable {


    /** A request as received: headers by lower-case name. */
    public record Received(String path, Map<String, String> headers, String body, Instant at) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** How to answer one request. */
    public record Answer(int status, Map<String, String> headers, Duration delay) {
        public static Answer status(int status) {
            return new Answer(status, Map.of(), Duration.ZERO);
        }
    }

    private final HttpsServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<Answer>> scripts = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpsServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            SSLContext tls = ListenerTls.context();
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "webhook-receiver");
                thread.setDaemon(true);
                return thread;
            }));
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.start();
            return receiver;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the webhook receiver", e);
        }
    }

    /** {@code https://localhost:PORT<path>}: the name its certificate carries. */
    public String url(String path) {
        return "https://localhost:" + server.getAddress().getPort() + path;
    }

    /** The next requests to {@code path} are answered so, in order; after them, 200 again. */
    public WebhookReceiver thenAnswer(String path, Answer... answers) {
        scripts.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
        return this;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<Received> received(Predicate<Received> which) {
        return received().stream().filter(which).toList();
    }

    /** Waits until {@code which} has received at least {@code count} requests; fails after {@code timeout}. */
    public List<Received> await(Predicate<Received> which, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Received> matching = received(which);
            if (matching.size() >= count) {
                return matching;
            }
            sleep(100);
        }
        throw new AssertionError("the receiver got " + received(which).size() + " of " + count + " expected"
                + " requests within " + timeout);
    }

    public void forget() {
        synchronized (received) {
            received.clear();
        }
        scripts.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        synchronized (received) {
            received.add(new Received(exchange.getRequestURI().toString(), headers,
                    new String(body, StandardCharsets.UTF_8), Instant.now()));
        }
        ConcurrentLinkedQueue<Answer> script = scripts.get(exchange.getRequestURI().getPath());
        Answer answer = script == null ? null : script.poll();
        if (answer == null) {
            answer = Answer.status(200);
        }
        sleep(answer.delay().toMillis());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
