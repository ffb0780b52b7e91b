package dev.portcullis.persistence.change;

import dev.portcullis.engine.change.ChangeEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What Azure reported changing in each subscription, and where each subscription's polling of its activity log
 * stands. Every replica may record: a change told twice (an overlapping poll, a replica and another, or both sources)
 * is kept once, by the unique identity of the change per subscription.
 */
@ApplicationScoped
public class ChangeFeeds {

    /** A subscription to poll: its ARM id, its tenant, and what the poll window starts from. */
    public record Feed(UUID subscriptionRef, UUID subscriptionId, UUID tenantRef, Instant lastGoodPollStart,
                       Instant lastGoodScanAt) {
    }

    /** Where a subscription's change detection stands: its polls and the latest change that mattered. */
    public record FeedStatus(Instant lastPollAt, String lastPollError, int failedPolls, Instant lastGoodPollStart,
                             Instant lastChangeAt) {
    }

    /** A change recorded for the first time. */
    public record Recorded(UUID id, ChangeEvent event) {
    }

    private final EntityManager em;

    public ChangeFeeds(EntityManager em) {
        this.em = em;
    }

    /** The subscriptions that are scanned, each with where its polling stands. */
    @Transactional
    public List<Feed> feeds() {
        return feeds(null);
    }

    /** The onboarded, scanned subscription with this ARM id, if any. */
    @Transactional
    public Optional<Feed> feed(UUID subscriptionId) {
        return feeds(subscriptionId).stream().findFirst();
    }

    private List<Feed> feeds(UUID onlySubscriptionId) {
        var query = em.createNativeQuery("select s.id, s.subscription_id, s.tenant_ref,"
                + " f.last_good_poll_start, s.last_good_scan_at from subscription s"
                + " join tenant t on t.id = s.tenant_ref"
                + " left join change_feed f on f.subscription_ref = s.id"
                + " where s.enabled and s.removed_at is null and t.offboarded_at is null"
                + " and (s.state is null or s.state not in ('Disabled', 'Deleted'))"
                + (onlySubscriptionId == null ? "" : " and s.subscription_id = :only") + " order by s.id", Tuple.class);
        if (onlySubscriptionId != null) {
            query.setParameter("only", onlySubscriptionId);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(r -> new Feed(r.get(0, UUID.class), r.get(1, UUID.class), r.get(2, UUID.class),
                r.get(3, Instant.class), r.get(4, Instant.class))).toList();
    }

    @Transactional
    public Optional<FeedStatus> status(UUID subscriptionRef) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select last_poll_at, last_poll_error, failed_polls,"
                + " last_good_poll_start, last_change_at from change_feed where subscription_ref = :sub", Tuple.class)
                .setParameter("sub", subscriptionRef).getResultList();
        return rows.stream().findFirst().map(r -> new FeedStatus(r.get(0, Instant.class), r.get(1, String.class),
                r.get(2, Integer.class), r.get(3, Instant.class), r.get(4, Instant.class)));
    }

    /**
     * Records the changes not recorded before and returns them; a change already recorded (by this source or the
     * other, by this replica or another) is left as it is. The subscription's "last change seen" moves to the latest.
     */
    @Transactional
    public List<Recorded> record(UUID subscriptionRef, List<ChangeEvent> events, Instant receivedAt) {
        List<Recorded> recorded = new ArrayList<>();
        for (ChangeEvent event : events) {
            UUID id = UUID.randomUUID();
            int inserted = em.createNativeQuery("insert into change_event (id, subscription_ref, identity, source,"
                            + " source_id, operation, resource_id, caller, occurred_at, received_at)"
                            + " values (:id, :sub, :identity, :source, :sourceId, :operation, :resource, :caller, :at,"
                            + " :received) on conflict (subscription_ref, identity) do nothing")
                    .setParameter("id", id).setParameter("sub", subscriptionRef)
                    .setParameter("identity", event.identity()).setParameter("source", event.source().name())
                    .setParameter("sourceId", event.sourceId()).setParameter("operation", event.operation())
                    .setParameter("resource", event.resourceId()).setParameter("caller", event.caller())
                    .setParameter("at", event.at()).setParameter("received", receivedAt).executeUpdate();
            if (inserted == 1) {
                recorded.add(new Recorded(id, event));
            }
        }
        recorded.stream().map(r -> r.event().at()).max(Instant::compareTo)
                .ifPresent(latest -> changeSeen(subscriptionRef, latest));
        return recorded;
    }

    /**
     * When the earliest change that asked for this scan of the subscription happened, if the scan opened or reopened a
     * finding there: the start of what change detection took to find it.
     */
    @Transactional
    public Optional<Instant> detectedSince(UUID scanId, UUID subscriptionRef) {
        Tuple earliest = (Tuple) em.createNativeQuery("select min(c.occurred_at) from change_event c"
                        + " where c.scan_ref = :scan and c.subscription_ref = :sub and exists (select 1 from finding_event e"
                        + " join finding f on f.id = e.finding_ref where e.scan_ref = :scan and f.subscription_ref = :sub"
                        + " and e.type in ('OPENED', 'REOPENED'))", Tuple.class)
                .setParameter("scan", scanId).setParameter("sub", subscriptionRef).getSingleResult();
        return Optional.ofNullable(earliest.get(0, Instant.class));
    }

    /** Marks the changes as having asked for this scan (queued by them or joined). */
    @Transactional
    public void ledTo(List<UUID> changeIds, UUID scanId) {
        if (!changeIds.isEmpty()) {
            em.createNativeQuery("update change_event set scan_ref = :scan where id in (:ids)")
                    .setParameter("scan", scanId).setParameter("ids", changeIds).executeUpdate();
        }
    }

    /** A poll that started at {@code start} read its whole window: the next one looks back from there. */
    @Transactional
    public void polled(UUID subscriptionRef, Instant start, Instant at) {
        ensureFeed(subscriptionRef);
        em.createNativeQuery("update change_feed set last_good_poll_start = greatest(coalesce(last_good_poll_start,"
                        + " cast(:start as timestamptz)), cast(:start as timestamptz)), last_poll_at = :at,"
                        + " last_poll_error = null, failed_polls = 0 where subscription_ref = :sub")
                .setParameter("start", start).setParameter("at", at).setParameter("sub", subscriptionRef)
                .executeUpdate();
    }

    /** A poll failed: the error stays on the subscription until a poll succeeds. */
    @Transactional
    public void pollFailed(UUID subscriptionRef, String error, Instant at) {
        ensureFeed(subscriptionRef);
        em.createNativeQuery("update change_feed set last_poll_at = :at, last_poll_error = :error,"
                        + " failed_polls = failed_polls + 1 where subscription_ref = :sub")
                .setParameter("at", at).setParameter("error", error).setParameter("sub", subscriptionRef)
                .executeUpdate();
    }

    private void changeSeen(UUID subscriptionRef, Instant at) {
        ensureFeed(subscriptionRef);
        em.createNativeQuery("update change_feed set last_change_at = greatest(coalesce(last_change_at,"
                        + " cast(:at as timestamptz)), cast(:at as timestamptz)) where subscription_ref = :sub")
                .setParameter("at", at).setParameter("sub", subscriptionRef).executeUpdate();
    }

    private void ensureFeed(UUID subscriptionRef) {
        em.createNativeQuery("insert into change_feed (subscription_ref) values (:sub) on conflict do nothing")
                .setParameter("sub", subscriptionRef).executeUpdate();
    }
}
