package dev.portcullis.notifications.delivery;

import dev.portcullis.engine.notification.EventType;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.notifications.NotificationsConfig;
import dev.portcullis.notifications.message.Message;
import dev.portcullis.notifications.message.MessageRendering;
import dev.portcullis.notifications.message.Notice;
import dev.portcullis.persistence.notification.Deliveries;
import dev.portcullis.persistence.notification.DestinationEntity;
import dev.portcullis.persistence.outbox.OutboxEventEntity;
import dev.portcullis.persistence.outbox.PendingEvents;
import dev.portcullis.persistence.query.FindingQueries;
import dev.portcullis.persistence.scan.ScanEntity;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns committed outbox events into deliveries, in one transaction per batch: for every destination that wants an
 * event and may carry its tenant, one delivery rendered in the destination's form and language; more than
 * {@code digestAbove} events for one destination from one scan become one digest. The events are marked dispatched in
 * the same transaction, so each becomes deliveries exactly once. Events of a scan wait for the scan's end.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    private final PendingEvents pending;
    private final Deliveries deliveries;
    private final FindingQueries findings;
    private final MessageRendering rendering;
    private final NotificationsConfig config;

    public OutboxDispatcher(PendingEvents pending, Deliveries deliveries, FindingQueries findings,
                            MessageRendering rendering, NotificationsConfig config) {
        this.pending = pending;
        this.deliveries = deliveries;
        this.findings = findings;
        this.rendering = rendering;
        this.config = config;
    }

    @Scheduled(identity = "notifications-dispatch", every = "${portcullis.notifications.tick:1s}", delayed = "2s",
            executeWith = Scheduled.SIMPLE, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        dispatchReady();
    }

    /** Dispatches what is ready; answers how many events it dispatched (0 when another replica is dispatching). */
    @Transactional
    public int dispatchReady() {
        if (!pending.becomeDispatcher()) {
            return 0;
        }
        Instant now = Instant.now();
        List<OutboxEventEntity> events = wholeScans(understood(pending.ready(now, config.scanWait(),
                config.dispatchBatch())));
        if (events.isEmpty()) {
            return 0;
        }
        EventNotices notices = EventNotices.of(events, findings::withIds);
        for (Recipients.Recipient recipient : Recipients.all()) {
            Map<UUID, List<OutboxEventEntity>> byScan = new LinkedHashMap<>();
            for (OutboxEventEntity event : events) {
                if (recipient.wants(EventType.parse(event.type).orElseThrow(), severityOf(event).orElse(null),
                        event.checkId, notices.entraTenantOf(event))) {
                    byScan.computeIfAbsent(event.scanRef, k -> new ArrayList<>()).add(event);
                }
            }
            byScan.forEach((scanRef, wanted) -> deliver(recipient.destination(), scanRef, wanted, notices, now));
        }
        pending.dispatched(events.stream().map(e -> e.id).toList(), now);
        return events.size();
    }

    /**
     * The events this replica understands. One it does not (a newer replica wrote it, in a rolling upgrade) stays in the
     * outbox for a replica that does, instead of stopping dispatch for everyone.
     */
    private static List<OutboxEventEntity> understood(List<OutboxEventEntity> events) {
        return events.stream()
                .filter(e -> EventType.parse(e.type).isPresent())
                .filter(e -> e.severity == null || severityOf(e).isPresent())
                .toList();
    }

    /**
     * A batch cut by its size may end inside a scan: that scan's events wait for the next batch, so a digest counts all
     * of them (unless the batch is that one scan: then it goes as it is).
     */
    private List<OutboxEventEntity> wholeScans(List<OutboxEventEntity> events) {
        if (events.size() < config.dispatchBatch() || events.isEmpty()) {
            return events;
        }
        UUID lastScan = events.get(events.size() - 1).scanRef;
        List<OutboxEventEntity> others = events.stream().filter(e -> !Objects.equals(e.scanRef, lastScan)).toList();
        return lastScan == null || others.isEmpty() ? events : others;
    }

    /**
     * Makes the destination's deliveries of these events: a digest, or one per event. A message that cannot be
     * rendered becomes a FAILED delivery saying so (seen on the destination's page and the overview), and holds back
     * no other.
     */
    private void deliver(DestinationEntity destination, UUID scanRef, List<OutboxEventEntity> events,
                         EventNotices notices, Instant now) {
        if (scanRef != null && events.size() > config.digestAbove()) {
            ScanEntity scan = notices.scan(scanRef);
            UUID digestId = UUID.randomUUID();
            try {
                List<Notice> digested = events.stream().map(notices::of).toList();
                Message.Digest digest = new Message.Digest(digestId, scanRef, scan == null ? null : scan.status.name(),
                        now, digested);
                deliveries.create(destination.id, digestId, "digest", digested.size(), scanRef,
                        rendering.render(digest, destination.type, destination.language), now);
            } catch (RuntimeException e) {
                notRendered(destination, digestId, "digest", events.size(), scanRef, e, now);
            }
            return;
        }
        for (OutboxEventEntity event : events) {
            try {
                Message.Single single = new Message.Single(notices.of(event));
                deliveries.create(destination.id, event.id, event.type, 1, scanRef,
                        rendering.render(single, destination.type, destination.language), now);
            } catch (RuntimeException e) {
                notRendered(destination, event.id, event.type, 1, scanRef, e, now);
            }
        }
    }

    private void notRendered(DestinationEntity destination, UUID eventId, String eventType, int count, UUID scanRef,
                             RuntimeException e, Instant now) {
        LOG.errorf(e, "Destination %s: the message of %s %s could not be rendered", destination.id, eventType,
                eventId);
        deliveries.createFailed(destination.id, eventId, eventType, count, scanRef,
                "The message could not be made: " + e.getClass().getSimpleName(), now);
    }

    /** The event's severity; empty for scan and subscription events, and for a name this replica does not know. */
    private static Optional<Severity> severityOf(OutboxEventEntity event) {
        return Arrays.stream(Severity.values()).filter(v -> v.name().equals(event.severity)).findFirst();
    }
}
