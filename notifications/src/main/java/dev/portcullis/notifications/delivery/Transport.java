package dev.portcullis.notifications.delivery;

import dev.portcullis.persistence.notification.Deliveries;
import dev.portcullis.persistence.notification.DestinationEntity;
import java.util.concurrent.CompletionStage;

/** Sends a claimed delivery's stored body to its destination. */
interface Transport {

    CompletionStage<Outcome> send(DestinationEntity destination, Deliveries.Claimed delivery);
}
