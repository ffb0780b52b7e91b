package dev.portcullis.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deliveries as the sender works them: claimed for a while (a lease) by one replica, then recorded. The claim counts
 * the attempt; an outcome is recorded only by the attempt that holds the claim, so a replica that stalled past its
 * lease cannot overwrite the outcome of the one that sent the delivery again.
 */
@ApplicationScoped
public class Deliveries {

    /** A delivery claimed for sending, as attempt {@code attempt}. */
    public record Claimed(UUID id, UUID destinationRef, UUID eventId, String eventType, String body, int attempt,
                          Instant createdAt) {
    }

    private final EntityManager em;

    public Deliveries(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DeliveryEntity create(UUID destinationRef, UUID eventId, String eventType, int eventCount, UUID scanRef,
                                 String body, Instant now) {
        DeliveryEntity delivery = new DeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.destinationRef = destinationRef;
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.eventCount = eventCount;
        delivery.scanRef = scanRef;
        delivery.body = body;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.persist();
        return delivery;
    }

    /** A delivery that could not even be made (its message could not be rendered): FAILED at once, with why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createFailed(UUID destinationRef, UUID eventId, String eventType, int eventCount, UUID scanRef,
                             String error, Instant now) {
        DeliveryEntity delivery = create(destinationRef, eventId, eventType, eventCount, scanRef, "{}", now);
        delivery.status = DeliveryEntity.Status.FAILED;
        delivery.lastError = error;
    }

    /**
     * Up to {@code max} deliveries due now and not held by another replica's lease, claimed until now + lease. A pending
     * delivery made before {@code giveUpBefore} is FAILED instead: even one whose attempts never got an outcome
     * recorded (its replica died each time) ends.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(int max, Instant now, Duration lease, Instant giveUpBefore) {
        em.createNativeQuery("update delivery set status = 'FAILED', lease_until = null, last_error ="
                        + " coalesce(last_error, 'No outcome recorded') || ' (gave up: not delivered within the retry"
                        + " period)' where status = 'PENDING' and created_at < :before"
                        + " and (lease_until is null or lease_until < :now)")
                .setParameter("before", giveUpBefore).setParameter("now", now).executeUpdate();
        return claim("select id from delivery where status = 'PENDING' and next_attempt_at <= :now"
                + " and (lease_until is null or lease_until < :now) order by next_attempt_at limit :max"
                + " for update skip locked", max, null, now, lease);
    }

    /** The one delivery, if it is still pending and free: a test message sent at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimOne(UUID id, Instant now, Duration lease) {
        return claim("select id from delivery where id = :id and status = 'PENDING'"
                + " and (lease_until is null or lease_until < :now) limit :max for update skip locked", 1, id, now,
                lease);
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim(String due, int max, UUID id, Instant now, Duration lease) {
        var query = em.createNativeQuery("update delivery d set lease_until = :until, attempts = attempts + 1"
                        + " where d.id in (" + due + ") returning d.id, d.destination_ref, d.event_id, d.event_type,"
                        + " cast(d.body as text), d.attempts, d.created_at")
                .setParameter("until", now.plus(lease)).setParameter("now", now).setParameter("max", max);
        if (id != null) {
            query.setParameter("id", id);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), toInstant(r[6]))).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(Claimed claim, Integer statusCode, Instant at) {
        record(claim, "status = 'DELIVERED', delivered_at = :at, last_status_code = cast(:code as integer), last_error = null,"
                + " lease_until = null", statusCode, null, at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryAt(Claimed claim, Integer statusCode, String error, Instant next) {
        record(claim, "next_attempt_at = :at, last_status_code = cast(:code as integer), last_error = cast(:error as text), lease_until = null",
                statusCode, error, next);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Claimed claim, Integer statusCode, String error, Instant at) {
        record(claim, "status = 'FAILED', last_status_code = cast(:code as integer), last_error = cast(:error as text), lease_until = null"
                + ", next_attempt_at = :at", statusCode, error, at);
    }

    private void record(Claimed claim, String set, Integer statusCode, String error, Instant at) {
        var query = em.createNativeQuery("update delivery set " + set + " where id = :id and attempts = :attempt"
                        + " and status = 'PENDING'")
                .setParameter("id", claim.id()).setParameter("attempt", claim.attempt()).setParameter("at", at)
                .setParameter("code", statusCode);
        if (set.contains(":error")) {
            query.setParameter("error", error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error);
        }
        query.executeUpdate();
    }
}
