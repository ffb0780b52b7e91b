package dev.portcullis.persistence.notification;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deliveries as the API and the pages read them: a destination's latest ones, each destination's last one, and the
 * destinations whose last delivery failed. Reads never load a delivery's body; they use {@code
 * delivery_destination_idx} (destination, created_at desc).
 */
@ApplicationScoped
@Transactional
public class DeliveryQueries {

    private static final String COLUMNS = "select d.id as id, d.destinationRef as destinationRef, d.eventId as eventId,"
            + " d.eventType as eventType, d.eventCount as eventCount, d.status as status, d.attempts as attempts,"
            + " d.lastStatusCode as lastStatusCode, d.lastError as lastError, d.createdAt as createdAt,"
            + " d.deliveredAt as deliveredAt from DeliveryEntity d";

    /** A destination in the caller's sight whose last delivery failed: retries ran out, the receiver never took it. */
    public record FailingDestination(DestinationView destination, DeliveryView lastDelivery) {
    }

    private final EntityManager em;

    public DeliveryQueries(EntityManager em) {
        this.em = em;
    }

    /** A destination's deliveries, newest first, at most {@code limit}. The caller checks it may see the destination. */
    public List<DeliveryView> recent(UUID destinationId, int limit) {
        return Row.all(em.createQuery(COLUMNS + " where d.destinationRef = :destination"
                        + " order by d.createdAt desc, d.id", Tuple.class)
                .setParameter("destination", destinationId)
                .setMaxResults(limit)).stream().map(DeliveryQueries::view).toList();
    }

    /** Each destination's newest delivery, for those that have one. */
    public Map<UUID, DeliveryView> latest(Collection<UUID> destinationIds) {
        if (destinationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, DeliveryView> latest = new HashMap<>();
        for (Row row : Row.all(em.createQuery(COLUMNS + " where d.destinationRef in :destinations"
                        + " and d.createdAt = (select max(x.createdAt) from DeliveryEntity x"
                        + " where x.destinationRef = d.destinationRef)", Tuple.class)
                .setParameter("destinations", destinationIds))) {
            latest.putIfAbsent(row.uuid("destinationRef"), view(row));
        }
        return latest;
    }

    /** The destinations the caller may see whose newest delivery FAILED, most recent failure first. */
    public List<FailingDestination> failing(Caller caller) {
        List<DestinationView> destinations = DestinationEntity.<DestinationEntity>listAll().stream()
                .map(Destinations::toView).filter(d -> d.visibleTo(caller)).toList();
        Map<UUID, DeliveryView> latest = latest(destinations.stream().map(DestinationView::id).toList());
        return destinations.stream()
                .filter(d -> latest.containsKey(d.id())
                        && DeliveryEntity.Status.FAILED.name().equals(latest.get(d.id()).status()))
                .map(d -> new FailingDestination(d, latest.get(d.id())))
                .sorted(Comparator.comparing((FailingDestination f) -> f.lastDelivery().createdAt()).reversed())
                .toList();
    }

    private static DeliveryView view(Row row) {
        Instant delivered = row.instant("deliveredAt");
        return new DeliveryView(row.uuid("id"), row.uuid("eventId"), row.string("eventType"),
                row.intValue("eventCount"), row.enumValue("status", DeliveryEntity.Status.class).name(),
                row.intValue("attempts"), row.get("lastStatusCode", Integer.class), row.string("lastError"),
                row.instant("createdAt"), delivered);
    }
}
