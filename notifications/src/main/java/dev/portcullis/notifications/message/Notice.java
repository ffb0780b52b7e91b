package dev.portcullis.notifications.message;

import dev.portcullis.engine.notification.EventType;
import dev.portcullis.persistence.query.FindingView;
import java.time.Instant;
import java.util.UUID;

/**
 * One event as a message tells it.
 *
 * @param eventId          the outbox event's id: the webhook's {@code id} and the receiver's Idempotency-Key
 * @param subscriptionId   the Azure subscription id; null when the event is about a whole tenant (scan.failed)
 * @param subscriptionName its display name; null with it
 * @param finding          the finding as the event saw it (finding.* events); null otherwise
 * @param findingView      the finding as {@code GET /api/v1/findings/{id}} shows it now (webhook {@code finding});
 *                         null when not about a finding
 * @param scan             the scan the event came from; null if none
 * @param detail           what decided it: the failing result's detail (finding.opened/reopened), the error
 *                         (subscription.stale), "n of m subscriptions failed" (scan.failed); may be null
 */
public record Notice(UUID eventId, EventType type, Instant occurredAt, NoticeTenant tenant, String subscriptionId,
                     String subscriptionName, NoticeFinding finding, FindingView findingView, NoticeScan scan,
                     String detail) {

    /** The tenant: Portcullis' id for it, its Entra tenant id and display name. */
    public record NoticeTenant(UUID id, UUID tenantId, String displayName) {
    }

    /** The finding as the transition left it (not as it may be when the message goes). */
    public record NoticeFinding(UUID id, String checkId, String severity, String resourceId, String resourceName,
                                String detail) {
    }

    /** The scan an event came from, with its status when the message was made. */
    public record NoticeScan(UUID id, String status) {
    }
}
