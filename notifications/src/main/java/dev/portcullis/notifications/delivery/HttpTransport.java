package dev.portcullis.notifications.delivery;

import dev.portcullis.engine.notification.DestinationType;
import dev.portcullis.engine.notification.ReceiverAnswer;
import dev.portcullis.notifications.destination.UrlPolicy;
import dev.portcullis.notifications.message.WebhookHeaders;
import dev.portcullis.notifications.message.WebhookSignature;
import dev.portcullis.persistence.notification.Deliveries;
import dev.portcullis.persistence.notification.DestinationEntity;
import dev.portcullis.persistence.secret.SecretBox;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

/**
 * Posts a delivery's body to a webhook, Slack or Teams URL. The URL is opened from its seal and checked against the
 * {@link UrlPolicy} at every attempt, and the request goes to the address that check resolved (the TLS name and Host
 * stay the URL's host), so a DNS answer that changes after the check cannot point the request elsewhere. Redirects
 * are not followed: a 3xx is a refused delivery.
 */
final class HttpTransport implements Transport {

    private final HttpClient client;
    private final UrlPolicy policy;
    private final SecretBox box;
    private final Duration timeout;

    HttpTransport(HttpClient client, UrlPolicy policy, SecretBox box, Duration timeout) {
        this.client = client;
        this.policy = policy;
        this.box = box;
        this.timeout = timeout;
    }

    @Override
    public CompletionStage<Outcome> send(DestinationEntity destination, Deliveries.Claimed delivery) {
        UrlPolicy.Checked url;
        String secret;
        try {
            url = policy.check(box.open(destination.urlSealed, DestinationEntity.urlContext(destination.id)));
            secret = destination.type != DestinationType.WEBHOOK || destination.secretSealed == null ? null
                    : box.open(destination.secretSealed, DestinationEntity.secretContext(destination.id));
        } catch (UrlPolicy.RefusedUrlException e) {
            return CompletableFuture.completedFuture(Outcome.refused(null, "The URL " + e.getMessage()));
        } catch (SecretBox.SealedSecretException e) {
            return CompletableFuture.completedFuture(Outcome.refused(null, e.getMessage()));
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        String path = url.uri().getRawPath() == null || url.uri().getRawPath().isEmpty() ? "/" : url.uri().getRawPath();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(url.port(), url.addresses().get(0).getHostAddress()))
                .setHost(url.host())
                .setPort(url.port())
                .setSsl(true)
                .setURI(url.uri().getRawQuery() == null ? path : path + "?" + url.uri().getRawQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("User-Agent", "Portcullis");
        if (destination.type == DestinationType.WEBHOOK) {
            options.putHeader(WebhookHeaders.EVENT, delivery.eventType())
                    .putHeader(WebhookHeaders.DELIVERY, delivery.id().toString())
                    .putHeader(WebhookHeaders.IDEMPOTENCY_KEY, delivery.eventId().toString());
            if (secret != null) {
                options.putHeader(WebhookHeaders.SIGNATURE,
                        WebhookSignature.header(secret, Instant.now().getEpochSecond(), body));
            }
        }
        // The answer's status decides; its body is never kept (a receiver could send gigabytes), only let through.
        // However the receiver dribbles, the attempt ends after twice the timeout.
        return client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> response.end().map(ignored -> outcomeOf(response)))
                .toCompletionStage().toCompletableFuture()
                .orTimeout(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(HttpTransport::failureOf);
    }

    private static Outcome outcomeOf(HttpClientResponse response) {
        int status = response.statusCode();
        ReceiverAnswer answer = ReceiverAnswer.of(status);
        return switch (answer) {
            case DELIVERED -> Outcome.delivered(status);
            case RETRY -> Outcome.retry(status, "The receiver answered " + status,
                    RetryAfter.parse(response.getHeader("Retry-After"), Instant.now()));
            case REFUSED -> Outcome.refused(status, status >= 300 && status < 400
                    ? "The receiver answered " + status + " (a redirect, not followed)"
                    : "The receiver answered " + status);
        };
    }

    private static Outcome failureOf(Throwable failure) {
        Throwable cause = failure.getCause() != null && failure instanceof CompletionException
                ? failure.getCause() : failure;
        String what = cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")
                ? "No answer within the timeout" : "Could not reach the receiver: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return Outcome.retry(null, what, Optional.empty());
    }
}
