package dev.portcullis.notifications.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.notification.DestinationType;
import dev.portcullis.engine.notification.RetrySchedule;
import dev.portcullis.notifications.NotificationsConfig;
import dev.portcullis.notifications.destination.DestinationsConfig;
import dev.portcullis.notifications.destination.UrlPolicy;
import dev.portcullis.persistence.notification.Deliveries;
import dev.portcullis.persistence.notification.DestinationEntity;
import dev.portcullis.persistence.secret.SecretBox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, on every replica: each claims a few at a time (one replica per delivery), sends them side by
 * side and records each outcome. A 2xx is DELIVERED and never sent again; a passing failure (5xx, 429, timeout, no
 * connection) is tried again later ({@link RetrySchedule}, honouring Retry-After) until a day has passed; any other
 * answer, redirects included, is FAILED at once. A replica that dies between sending and recording leaves its claim to
 * expire, and another sends the delivery again with the same delivery id and Idempotency-Key.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    /** Outcomes are recorded at least this long before the claim runs out, so a slow write does not outlive it. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(10);

    private final Deliveries deliveries;
    private final NotificationsConfig config;
    private final RetrySchedule retries;
    private final HttpClient httpClient;
    private final HttpTransport http;
    private final EmailTransport email;
    private final MeterRegistry metrics;

    public DeliverySender(Deliveries deliveries, NotificationsConfig config, SecretBox box, Vertx vertx,
                          ReactiveMailer mailer, ObjectMapper json, MeterRegistry metrics,
                          DestinationsConfig destinations) {
        this.deliveries = deliveries;
        this.config = config;
        this.metrics = metrics;
        this.retries = new RetrySchedule(config.firstRetry(), config.longestRetry(), config.giveUpAfter());
        this.httpClient = vertx.createHttpClient(new HttpClientOptions()
                .setSsl(true)
                .setVerifyHost(true)
                .setTrustOptions(ReceiverTrust.of(config.trustCertificates()))
                .setConnectTimeout((int) config.sendTimeout().toMillis())
                .setMaxRedirects(0));
        this.http = new HttpTransport(httpClient, UrlPolicy.withSystemResolver(destinations.allowPrivate()), box,
                config.sendTimeout());
        this.email = new EmailTransport(mailer, json, config.sendTimeout());
    }

    @PreDestroy
    void close() {
        httpClient.close();
    }

    @Scheduled(identity = "notifications-send", every = "${portcullis.notifications.tick:1s}", delayed = "3s",
            executeWith = Scheduled.SIMPLE, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /** Claims and sends what is due now; answers how many deliveries were attempted. */
    public int sendDue() {
        Instant now = Instant.now();
        List<Deliveries.Claimed> claimed = deliveries.claimDue(config.sendBatch(), now, config.lease(),
                now.minus(config.giveUpAfter()));
        sendAll(claimed, now);
        return claimed.size();
    }

    /** Sends one pending delivery now, if no replica holds it (a test message). */
    public void sendNow(UUID deliveryId) {
        Instant now = Instant.now();
        sendAll(deliveries.claimOne(deliveryId, now, config.lease()), now);
    }

    /**
     * Sends the claimed deliveries side by side, then records each outcome on this (worker) thread: the answers
     * arrive on the event loop, where no transaction may start.
     */
    private void sendAll(List<Deliveries.Claimed> claimed, Instant claimedAt) {
        if (claimed.isEmpty()) {
            return;
        }
        Map<Deliveries.Claimed, DestinationEntity> destinations = new LinkedHashMap<>();
        Map<Deliveries.Claimed, CompletableFuture<Outcome>> sending = new LinkedHashMap<>();
        for (Deliveries.Claimed delivery : claimed) {
            try {
                DestinationEntity destination = QuarkusTransaction.requiringNew()
                        .call(() -> DestinationEntity.<DestinationEntity>findById(delivery.destinationRef()));
                if (destination == null) {
                    continue;
                }
                Transport transport = destination.type == DestinationType.EMAIL ? email : http;
                destinations.put(delivery, destination);
                sending.put(delivery, transport.send(destination, delivery).toCompletableFuture()
                        .exceptionally(e -> Outcome.retry(null, "Not sent: " + e.getClass().getSimpleName(),
                                Optional.empty())));
            } catch (RuntimeException e) {
                LOG.warnf("Delivery %s could not be started: %s", delivery.id(), e.toString());
            }
        }
        // Outcomes are awaited only while the claim holds: past it another replica may be sending the same delivery.
        Duration margin = config.lease().dividedBy(5).compareTo(LEASE_MARGIN) < 0 ? config.lease().dividedBy(5)
                : LEASE_MARGIN;
        Instant deadline = claimedAt.plus(config.lease()).minus(margin);
        sending.forEach((delivery, outcome) -> {
            try {
                long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
                record(destinations.get(delivery), delivery, outcome.get(left, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // left to its claim: a later attempt sends it again with the same ids
                LOG.warnf("Delivery %s: no outcome recorded (%s)", delivery.id(), e.toString());
            }
        });
    }

    private void record(DestinationEntity destination, Deliveries.Claimed delivery, Outcome outcome) {
        Instant now = Instant.now();
        String result = switch (outcome.answer()) {
            case DELIVERED -> {
                deliveries.delivered(delivery, outcome.statusCode(), now);
                yield "delivered";
            }
            case REFUSED -> {
                deliveries.failed(delivery, outcome.statusCode(), outcome.error(), now);
                yield "failed";
            }
            case RETRY -> retries.next(delivery.attempt(), delivery.createdAt(), now, outcome.retryAfter())
                    .map(next -> {
                        deliveries.retryAt(delivery, outcome.statusCode(), outcome.error(), next);
                        return "retry";
                    })
                    .orElseGet(() -> {
                        deliveries.failed(delivery, outcome.statusCode(), outcome.error() + " (gave up after "
                                + delivery.attempt() + " attempts)", now);
                        return "failed";
                    });
        };
        if (!"delivered".equals(result)) {
            LOG.infof("Delivery %s to destination %s (%s), attempt %d: %s", delivery.id(), destination.id,
                    destination.type.wireName(), delivery.attempt(), outcome.error());
        }
        metrics.counter("portcullis.notification.deliveries", "type", destination.type.wireName(),
                "outcome", result).increment();
    }
}
