package dev.portcullis.persistence.suppression;

import dev.portcullis.engine.findings.FindingKey;
import dev.portcullis.engine.findings.FindingLifecycle;
import dev.portcullis.engine.findings.Transition;
import dev.portcullis.persistence.finding.FindingEntity;
import dev.portcullis.persistence.finding.FindingTransitions;
import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.query.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Suppresses or unsuppresses one finding at once, as a person does from its page: the suppression (check and
 * resource) is stored and the finding moves between OPEN and SUPPRESSED now, with an event, rather than at its
 * subscription's next scan. The next scan then finds the finding where the suppression says it belongs, so it
 * records no second transition. Only findings still failing move: a resolved finding stays resolved.
 */
@ApplicationScoped
@Transactional
public class FindingSuppressions {

    private final SuppressionStore store;
    private final HeldFindings held;
    private final Event<EstateChanged> changed;

    public FindingSuppressions(SuppressionStore store, HeldFindings held, Event<EstateChanged> changed) {
        this.store = store;
        this.held = held;
        this.changed = changed;
    }

    /** Empty when the finding does not exist. */
    public Optional<SuppressionView> suppress(UUID findingId, String reason, String author, Instant expiresAt) {
        FindingEntity finding = FindingEntity.findById(findingId);
        if (finding == null) {
            return Optional.empty();
        }
        SuppressionView created = store.create(new SuppressionStore.Draft(finding.checkId, finding.resourceId, null,
                null, null, null, reason, author, expiresAt));
        FindingLifecycle.suppressedNow(key(finding), finding.status, reason)
                .ifPresent(transition -> move(finding, transition));
        return Optional.of(created);
    }

    /**
     * Deletes the suppressions naming this finding's check and resource and moves a suppressed finding back to OPEN.
     * A suppression by resource group or tag is not touched (it covers other resources too); if one also covers the
     * finding, the next scan suppresses it again, with that suppression's reason. False when the finding does not
     * exist.
     */
    public boolean unsuppress(UUID findingId) {
        FindingEntity finding = FindingEntity.findById(findingId);
        if (finding == null) {
            return false;
        }
        SuppressionEntity.delete("checkId = ?1 and resourceKey = ?2", finding.checkId, finding.resourceKey);
        FindingLifecycle.unsuppressedNow(key(finding), finding.status)
                .ifPresent(transition -> move(finding, transition));
        return true;
    }

    /**
     * The suppressions of this finding, newest first: those naming its check and resource (expired ones too), and the
     * resource group and tag suppressions in force that match it ({@link HeldFindings}).
     */
    public List<SuppressionView> of(UUID findingId) {
        FindingEntity finding = FindingEntity.findById(findingId);
        if (finding == null) {
            return List.of();
        }
        Set<UUID> matching = Set.copyOf(held.suppressionsOf(findingId));
        return store.list(TenantScope.ALL).stream()
                .filter(s -> matching.contains(s.id()) || (finding.checkId.equals(s.checkId())
                        && s.resourceId() != null && s.resourceId().equalsIgnoreCase(finding.resourceId)))
                .toList();
    }

    private void move(FindingEntity finding, Transition transition) {
        FindingTransitions.apply(finding, transition, Instant.now(), null, transition.reason(), null);
        changed.fire(new EstateChanged(transition.type().name()));
    }

    private static FindingKey key(FindingEntity finding) {
        return new FindingKey(finding.checkId, finding.resourceKey);
    }
}
