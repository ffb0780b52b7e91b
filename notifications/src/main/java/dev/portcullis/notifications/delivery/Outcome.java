package dev.portcullis.notifications.delivery;

import dev.portcullis.engine.notification.ReceiverAnswer;
import java.time.Duration;
import java.util.Optional;

/**
 * What one attempt to send a delivery came to.
 *
 * @param statusCode the receiver's HTTP status; null when there was none (no connection, timeout, email)
 * @param error      why it was not delivered, fit to show (never a URL's path or a secret); null when delivered
 * @param retryAfter how long the receiver asked to wait (Retry-After), if it did
 */
record Outcome(ReceiverAnswer answer, Integer statusCode, String error, Optional<Duration> retryAfter) {

    static Outcome delivered(Integer statusCode) {
        return new Outcome(ReceiverAnswer.DELIVERED, statusCode, null, Optional.empty());
    }

    static Outcome retry(Integer statusCode, String error, Optional<Duration> retryAfter) {
        return new Outcome(ReceiverAnswer.RETRY, statusCode, error, retryAfter);
    }

    static Outcome refused(Integer statusCode, String error) {
        return new Outcome(ReceiverAnswer.REFUSED, statusCode, error, Optional.empty());
    }
}
