package dev.portcullis.notifications.delivery;

import dev.portcullis.notifications.message.Message;
import dev.portcullis.notifications.message.MessageRendering;
import dev.portcullis.persistence.notification.Deliveries;
import dev.portcullis.persistence.notification.DeliveryEntity;
import dev.portcullis.persistence.notification.DeliveryView;
import dev.portcullis.persistence.notification.DestinationEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Sends a destination a test message now and answers with its delivery. A test that could not be delivered at once
 * stays PENDING and is retried like any other delivery.
 */
@ApplicationScoped
public class TestMessages {

    private final Deliveries deliveries;
    private final MessageRendering rendering;
    private final DeliverySender sender;

    public TestMessages(Deliveries deliveries, MessageRendering rendering, DeliverySender sender) {
        this.deliveries = deliveries;
        this.rendering = rendering;
        this.sender = sender;
    }

    /** The test's delivery once sent (or tried); the destination must exist. */
    public DeliveryView send(UUID destinationId) {
        UUID deliveryId = QuarkusTransaction.requiringNew().call(() -> {
            DestinationEntity destination = DestinationEntity.findById(destinationId);
            if (destination == null) {
                throw new IllegalArgumentException("No destination " + destinationId);
            }
            Instant now = Instant.now();
            Message.Test test = new Message.Test(UUID.randomUUID(), now, destination.name);
            return deliveries.create(destination.id, test.id(), "test", 1, null,
                    rendering.render(test, destination.type, destination.language), now).id;
        });
        sender.sendNow(deliveryId);
        return QuarkusTransaction.requiringNew()
                .call(() -> DeliveryView.of(DeliveryEntity.<DeliveryEntity>findById(deliveryId)));
    }
}
