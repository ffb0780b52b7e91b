package dev.portcullis.notifications.delivery;

import dev.portcullis.persistence.notification.DeliveryView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Sends a destination a test message now and answers with its delivery (retried later like any other if it failed). */
@ApplicationScoped
public class TestMessages {

    public DeliveryView send(UUID destinationId) {
        throw new UnsupportedOperationException("not built yet");
    }
}
