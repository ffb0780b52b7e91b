package dev.portcullis.notifications.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.notifications.message.WebhookHeaders;
import dev.portcullis.persistence.notification.Deliveries;
import dev.portcullis.persistence.notification.DestinationEntity;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sends a delivery's email (subject, text and HTML parts) through the installation's SMTP server (quarkus-mailer:
 * host, port, STARTTLS and credentials come from configuration). Any failure is retried: an SMTP server that refuses
 * now may take it later, and the retries end after a day like every delivery's.
 */
final class EmailTransport implements Transport {

    private final ReactiveMailer mailer;
    private final ObjectMapper json;
    private final Duration timeout;

    EmailTransport(ReactiveMailer mailer, ObjectMapper json, Duration timeout) {
        this.mailer = mailer;
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public CompletionStage<Outcome> send(DestinationEntity destination, Deliveries.Claimed delivery) {
        JsonNode email;
        try {
            email = json.readTree(delivery.body());
        } catch (JsonProcessingException e) {
            return CompletableFuture.completedFuture(Outcome.refused(null, "The stored email is not readable"));
        }
        Mail mail = new Mail()
                .setTo(Arrays.asList(destination.recipients))
                .setSubject(email.path("subject").asText())
                .setText(email.path("text").asText())
                .setHtml(email.path("html").asText())
                .addHeader(WebhookHeaders.EVENT, delivery.eventType())
                .addHeader(WebhookHeaders.DELIVERY, delivery.id().toString());
        return mailer.send(mail)
                .ifNoItem().after(timeout.multipliedBy(2)).fail()
                .map(ignored -> Outcome.delivered(null))
                .onFailure().recoverWithItem(failure -> Outcome.retry(null, "The mail server did not take it: "
                        + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()), Optional.empty()))
                .subscribeAsCompletionStage();
    }
}
