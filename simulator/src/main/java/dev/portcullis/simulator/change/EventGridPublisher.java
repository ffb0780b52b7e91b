package dev.portcullis.simulator.change;

import dev.portcullis.simulator.json.JsonNode;
import dev.portcullis.simulator.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Pushes the succeeded operations to a webhook as an Event Grid system topic of {@code Microsoft.Resources.Subscriptions}
 * does (Event Grid schema): one event a request, as a JSON array, header {@code aeg-event-type: Notification}. Setting
 * a {@linkplain #target target} first performs the subscription validation handshake; nothing is delivered to a
 * target that did not validate (by answering 200 {@code {"validationResponse": "<code>"}}, or by a GET of the
 * {@code validationUrl}). The target URL is used whole, query string included (where a webhook's secret goes).
 *
 * <p>A delivery answered with anything but 200-204 is retried after each of the {@linkplain #retryDelays retry
 * delays} (Event Grid's own schedule starts at 10 s, 30 s, 1 min; shortened for tests), except 400, 401 and 413,
 * which Event Grid does not retry either; then it counts as failed.
 */
public final class EventGridPublisher implements AutoCloseable {

    /** Event Grid's own timeout for an answer. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<Integer> NOT_RETRIED = Set.of(400, 401, 413);
    public static final List<Duration> DEFAULT_RETRY_DELAYS =
            List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    public static final String SUBSCRIPTION_NAME = "PORTCULLIS";

    /**
     * What the publisher did: the target (without its query string, which holds secrets), whether it validated, and
     * counts since the target was set.
     *
     * @param url {@code null} when no target is set
     * @param validationError why the handshake failed, {@code null} when it did not
     * @param delivered events the target accepted
     * @param failed events given up on
     * @param attempts notification requests sent, retries included
     * @param pending events not yet delivered nor given up on
     */
    public record Status(String url, boolean validated, String validationError, int delivered, int failed,
                         int attempts, int pending) {
    }

    private final String simulatorBaseUrl;
    private final Clock clock;
    private final ScheduledExecutorService retries;
    private volatile List<Duration> retryDelays = DEFAULT_RETRY_DELAYS;
    private volatile Target target;

    public EventGridPublisher(String simulatorBaseUrl, Clock clock) {
        this.simulatorBaseUrl = simulatorBaseUrl;
        this.clock = clock;
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "arm-simulator-eventgrid");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sets the target (trusting the JDK's CAs for https) and performs the validation handshake. */
    public Status target(String url) {
        return target(url, null);
    }

    /**
     * Sets the target and performs the validation handshake, trusting {@code tls} for an https target (e.g.
     * {@link #trusting(Path)} a test's self-signed CA); {@code null} for the JDK's default trust.
     */
    public Status target(String url, SSLContext tls) {
        URI uri = URI.create(Objects.requireNonNull(url, "url"));
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("the Event Grid target must be an http or https URL: " + url);
        }
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (tls != null) {
            client.sslContext(tls);
        }
        Target next = new Target(uri, client.build(), UUID.randomUUID().toString());
        target = next;
        next.validate();
        return status();
    }

    /** Stops pushing; deliveries not yet made are dropped. */
    public void stop() {
        target = null;
    }

    public Status status() {
        Target current = target;
        if (current == null) {
            return new Status(null, false, null, 0, 0, 0, 0);
        }
        return new Status(current.displayUrl(), current.validated, current.validationError, current.delivered.get(),
                current.failed.get(), current.attempts.get(), current.pending.get());
    }

    /** The waits between attempts of one delivery; as many retries as delays. */
    public void retryDelays(List<Duration> delays) {
        this.retryDelays = List.copyOf(delays);
    }

    public List<Duration> retryDelays() {
        return retryDelays;
    }

    /**
     * The manual validation path: a GET of the validation URL with the code validates the current target. Answers
     * whether the code was the current target's.
     */
    public boolean validateManually(String code) {
        Target current = target;
        if (current == null || !current.validationCode.equals(code)) {
            return false;
        }
        current.validated = true;
        current.validationError = null;
        return true;
    }

    /** Pushes every {@code Succeeded} event (one Event Grid event each) to a validated target; the rest are ignored. */
    void publish(List<ActivityEvent> events) {
        Target current = target;
        if (current == null || !current.validated) {
            return;
        }
        for (ActivityEvent event : events) {
            if (event.status() == ActivityEvent.Status.SUCCEEDED) {
                String body = "[" + eventJson(event) + "]";
                current.pending.incrementAndGet();
                retries.execute(() -> current.deliver(body, 1));
            }
        }
    }

    /** An SSL context trusting the certificates of a PEM file (a test's own CA or self-signed certificate). */
    public static SSLContext trusting(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + n++, certificate);
            }
            if (n == 0) {
                throw new IllegalArgumentException("no certificate in " + pemFile);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the certificates of " + pemFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        target = null;
        retries.shutdownNow();
    }

    /** One {@code Microsoft.Resources.Resource*Success} event in the Event Grid schema. */
    static String eventJson(ActivityEvent event) {
        ArmOperation operation = event.operation();
        return JsonWriter.object(json -> json
                .field("subject", operation.resourceId())
                .field("eventType", operation.kind().eventGridType())
                .field("eventTime", event.eventTimestamp().toString())
                .field("id", UUID.randomUUID().toString())
                .object("data", data -> data
                        .object("authorization", authorization -> authorization
                                .field("scope", operation.resourceId())
                                .field("action", operation.operationName())
                                .object("evidence", evidence -> evidence.field("role", "Contributor")))
                        .stringMap("claims", event.claims())
                        .field("correlationId", event.correlationId())
                        .object("httpRequest", http -> http
                                .field("clientRequestId", event.correlationId())
                                .field("clientIpAddress", ActivityEvent.CLIENT_IP)
                                .field("method", operation.kind().method())
                                .field("url", "https://management.azure.com" + operation.resourceId()))
                        .field("resourceProvider", operation.resourceProvider())
                        .field("resourceUri", operation.resourceId())
                        .field("operationName", operation.operationName())
                        .field("status", "Succeeded")
                        .field("subscriptionId", operation.subscriptionId())
                        .field("tenantId", event.tenantId()))
                .field("dataVersion", "2")
                .field("metadataVersion", "1")
                .field("topic", "/subscriptions/" + operation.subscriptionId()));
    }

    /** One configured webhook and what was delivered to it. */
    private final class Target {
        private final URI uri;
        private final HttpClient client;
        private final String validationCode;
        private final AtomicInteger delivered = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger attempts = new AtomicInteger();
        private final AtomicInteger pending = new AtomicInteger();
        private volatile boolean validated;
        private volatile String validationError;

        Target(URI uri, HttpClient client, String validationCode) {
            this.uri = uri;
            this.client = client;
            this.validationCode = validationCode;
        }

        String displayUrl() {
            String text = uri.toString();
            int query = text.indexOf('?');
            return query < 0 ? text : text.substring(0, query);
        }

        void validate() {
            String validationUrl = simulatorBaseUrl + "/_simulator/eventgrid/validate?code="
                    + URLEncoder.encode(validationCode, StandardCharsets.UTF_8);
            String event = JsonWriter.object(json -> json
                    .field("id", UUID.randomUUID().toString())
                    .field("topic", "")
                    .field("subject", "")
                    .object("data", data -> data
                            .field("validationCode", validationCode)
                            .field("validationUrl", validationUrl))
                    .field("eventType", "Microsoft.EventGrid.SubscriptionValidationEvent")
                    .field("eventTime", clock.instant().toString())
                    .field("metadataVersion", "1")
                    .field("dataVersion", "1"));
            try {
                HttpResponse<String> answer = send("[" + event + "]", "SubscriptionValidation", 1, "1");
                if (answer.statusCode() != 200) {
                    validationError = "the validation was answered " + answer.statusCode() + ", not 200";
                    return;
                }
                String echoed = JsonNode.parse(answer.body()).text("validationResponse").orElse(null);
                if (validationCode.equals(echoed)) {
                    validated = true;
                } else {
                    validationError = "the validation answer did not echo the code in validationResponse";
                }
            } catch (IOException | IllegalArgumentException e) {
                validationError = "the validation failed: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                validationError = "interrupted";
            }
        }

        void deliver(String body, int attempt) {
            if (target != this) {
                pending.decrementAndGet();
                return;
            }
            attempts.incrementAndGet();
            int status;
            try {
                status = send(body, "Notification", attempt, "2").statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (status >= 200 && status <= 204) {
                delivered.incrementAndGet();
                pending.decrementAndGet();
                return;
            }
            List<Duration> delays = retryDelays;
            if (NOT_RETRIED.contains(status) || attempt > delays.size()) {
                failed.incrementAndGet();
                pending.decrementAndGet();
                return;
            }
            retries.schedule(() -> deliver(body, attempt + 1), delays.get(attempt - 1).toMillis(), TimeUnit.MILLISECONDS);
        }

        private HttpResponse<String> send(String body, String eventType, int attempt, String dataVersion)
                throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("aeg-event-type", eventType)
                    .header("aeg-subscription-name", SUBSCRIPTION_NAME)
                    .header("aeg-delivery-count", Integer.toString(attempt - 1))
                    .header("aeg-metadata-version", "1")
                    .header("aeg-data-version", dataVersion)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
