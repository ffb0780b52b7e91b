package dev.portcullis.notifications.message;

/**
 * The headers a webhook delivery carries besides {@code Content-Type: application/json} (docs/integrations.md,
 * "Messages and the webhook contract").
 */
public final class WebhookHeaders {

    /** The body's {@code type}: {@code finding.opened}, …, {@code digest}, {@code test}. */
    public static final String EVENT = "X-Portcullis-Event";

    /** The delivery's id: the same on every retry of one message to one destination. */
    public static final String DELIVERY = "X-Portcullis-Delivery";

    /** The body's {@code id} (the event's, the digest's or the test's): receivers de-duplicate by it. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** {@link WebhookSignature#header}: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}. */
    public static final String SIGNATURE = "X-Portcullis-Signature";

    private WebhookHeaders() {
    }
}
