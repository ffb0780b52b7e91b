package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.scan.ScanQueue;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A scan as a person or token asks for it, from the API or the pages alike: OPERATOR at least, a tenant or
 * subscription within the caller's tenants (one outside them is as unknown as one that does not exist), every tenant
 * only for a caller who has every tenant, at most the caller's share of requests a minute ({@link ScanRequestLimit}),
 * and each request queued (or joined to the one already queued for its scope) is audited.
 */
@ApplicationScoped
public class ScanByCaller {

    private static final String ACTION = "TRIGGER_SCAN";

    private final ScanCoordinator coordinator;
    private final TenantQueries tenants;
    private final ScanRequestLimit limit;
    private final AuditLog audit;

    public ScanByCaller(ScanCoordinator coordinator, TenantQueries tenants, ScanRequestLimit limit, AuditLog audit) {
        this.coordinator = coordinator;
        this.tenants = tenants;
        this.limit = limit;
        this.audit = audit;
    }

    /** Where a request came from, as the scan records it next to {@code SCHEDULE}. */
    public enum Trigger {
        /** {@code POST /api/v1/scans}. */
        API,
        /** "Scan now" on a page. */
        PAGE
    }

    /**
     * What the caller named: every tenant (both null), a tenant by its Portcullis id or Entra tenant id, or one
     * subscription by its id.
     */
    public record Scope(UUID tenant, UUID subscriptionId) {

        public static Scope everyTenant() {
            return new Scope(null, null);
        }

        public static Scope tenant(UUID idOrEntraTenantId) {
            return new Scope(idOrEntraTenantId, null);
        }

        public static Scope subscription(UUID subscriptionId) {
            return new Scope(null, subscriptionId);
        }

        @Override
        public String toString() {
            return tenant != null ? "tenant " + tenant : subscriptionId != null ? "subscription " + subscriptionId
                    : "all";
        }
    }

    /**
     * Queues the scan, or joins the one of the same scope already queued.
     *
     * @throws Refused                    when a rule above refuses it (nothing is queued)
     * @throws ScanRequestLimit.Exceeded  past the caller's requests this minute
     */
    public ScanQueue.Queued request(Caller caller, Scope asked, Trigger trigger, Optional<Instant> asOf) {
        ScanScope scope = resolve(caller, asked);
        limit.admit(caller.name());
        ScanQueue.Queued queued = coordinator.request(scope, trigger.name(), asOf);
        audit.record(caller, ACTION, AuditLog.Outcome.SUCCESS, "scan " + queued.id(), asked
                + (trigger == Trigger.PAGE ? " from a page" : "")
                + (queued.joined() ? "; joined the scan already queued for it" : ""));
        return queued;
    }

    private ScanScope resolve(Caller caller, Scope asked) {
        if (!caller.may(Role.OPERATOR)) {
            throw new Refused(Reason.NEEDS_OPERATOR, asked, "scanning needs the OPERATOR role; yours is "
                    + caller.role());
        }
        if (asked.tenant() != null) {
            return ScanScope.tenant(tenants.resolve(caller.scope(), asked.tenant()).orElseThrow(
                    () -> new Refused(Reason.UNKNOWN_TENANT, asked, "Tenant " + asked.tenant() + " does not exist")));
        }
        if (asked.subscriptionId() != null) {
            return ScanScope.subscription(tenants.subscriptionRef(caller.scope(), asked.subscriptionId()).orElseThrow(
                    () -> new Refused(Reason.UNKNOWN_SUBSCRIPTION, asked, "Subscription " + asked.subscriptionId()
                            + " does not exist")));
        }
        if (!caller.allTenants()) {
            throw new Refused(Reason.NEEDS_EVERY_TENANT, asked, "a scan of every tenant needs access to every"
                    + " tenant: name a tenant or a subscriptionId");
        }
        return ScanScope.all();
    }

    /** Why a request was refused. */
    public enum Reason {
        /** The caller's role is below OPERATOR. */
        NEEDS_OPERATOR,
        /** Every tenant was asked for by a caller limited to some. */
        NEEDS_EVERY_TENANT,
        /** No tenant of the caller's has that id (it may exist outside them). */
        UNKNOWN_TENANT,
        /** No subscription of the caller's tenants has that id (it may exist outside them). */
        UNKNOWN_SUBSCRIPTION
    }

    /** A request a rule refused; the message is in English for the API, pages say it in the viewer's language. */
    public static final class Refused extends RuntimeException {

        private final Reason reason;
        private final Scope asked;

        Refused(Reason reason, Scope asked, String message) {
            super(message);
            this.reason = reason;
            this.asked = asked;
        }

        public Reason reason() {
            return reason;
        }

        public Scope asked() {
            return asked;
        }
    }
}
