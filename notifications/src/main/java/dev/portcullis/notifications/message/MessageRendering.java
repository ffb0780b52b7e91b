package dev.portcullis.notifications.message;

import dev.portcullis.engine.notification.DestinationType;

/**
 * Renders a message in a destination's form and language. The result is what is stored on the delivery and sent as
 * is: the JSON body for webhook, Slack and Teams; for email, a JSON object {@code {"subject", "text", "html"}}.
 */
public interface MessageRendering {

    String render(Message message, DestinationType type, String language);
}
