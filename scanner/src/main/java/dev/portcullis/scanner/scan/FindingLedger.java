package dev.portcullis.scanner.scan;

import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import dev.portcullis.persistence.finding.FindingEntity;
import dev.portcullis.persistence.finding.FindingTransitions;
import dev.portcullis.persistence.finding.FindingEventEntity;
import dev.portcullis.engine.notification.FindingNotifications;
import dev.portcullis.persistence.outbox.Outbox;
import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.rollup.RollupWriter;
import dev.portcullis.persistence.scan.ScanProgress;
import dev.portcullis.persistence.scan.SubscriptionScanEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.engine.findings.CheckTally;
import dev.portcullis.engine.findings.FindingKey;
import dev.portcullis.engine.findings.FindingLifecycle;
import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.findings.Transition;
import dev.portcullis.engine.inventory.Pricing;
import dev.portcullis.engine.inventory.ScaleSet;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.Evaluator.Evaluation;
import dev.portcullis.engine.checks.SubscriptionCheck;
import dev.portcullis.engine.catalogue.vmss_management_port_internet_exposed.VmssManagementPortInternetExposedCheck;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one successful subscription scan in one transaction: the Defender plan, the current VM inventory and JIT
 * policies, the findings' transitions with their events, and the scan's and day's rollups. A failed collection never
 * reaches this class.
 */
@ApplicationScoped
public class FindingLedger {

    private final CheckCatalogue catalogue;
    private final VmInventoryWriter vmInventory;
    private final JitPolicyWriter jitPolicies;
    private final RollupWriter rollups;
    private final Event<EstateChanged> changed;
    private final List<String> checkIds;
    private final ScanProgress progress;

    public FindingLedger(CheckCatalogue catalogue, VmInventoryWriter vmInventory, JitPolicyWriter jitPolicies,
                         RollupWriter rollups, Event<EstateChanged> changed, ScanProgress progress) {
        this.changed = changed;
        this.progress = progress;
        this.catalogue = catalogue;
        this.vmInventory = vmInventory;
        this.jitPolicies = jitPolicies;
        this.rollups = rollups;
        this.checkIds = catalogue.definitions().stream().map(d -> d.id()).toList();
    }

    /**
     * Applies a subscription's evaluated inventory as attempt {@code attempt} of its part of a scan, in one transaction;
     * false, with nothing written, when that attempt no longer owns the part (handed back, or retried elsewhere). Records
     * what the collection cost: ARM requests (retries included), ARM's answers 429 ({@code throttled}) and requests sent
     * again ({@code retries}).
     */
    @Transactional
    public boolean apply(UUID subscriptionScanId, int attempt, SubscriptionInventory inventory, Evaluation evaluation,
                         ScanTime time, Map<String, Integer> resourceCounts, int armRequests, int throttled,
                         int retries) {
        Instant at = time.startedAt();
        SubscriptionScanEntity subscriptionScan = SubscriptionScanEntity.findById(subscriptionScanId);
        // Scans of overlapping scopes (everything and one tenant, say) may finish the same subscription at once, here
        // or on another replica: its results are applied one after the other, never interleaved.
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "apply subscription " + subscriptionScan.subscriptionRef).getSingleResult();
        if (!progress.stillOwns(subscriptionScanId, attempt)) {
            return false;
        }
        SubscriptionEntity subscription = SubscriptionEntity.findById(subscriptionScan.subscriptionRef);
        recordDefenderPlan(subscription, inventory);
        vmInventory.replace(subscription.id, evaluation.virtualMachines(), at);
        jitPolicies.replace(subscription.id, inventory.jitPolicies(), at);
        ActiveSuppressions suppressions = ActiveSuppressions.load(inventory, at);
        List<Transition> transitions = applyFindings(subscription, subscriptionScan.scanRef, inventory,
                evaluation.results(), at, suppressions);
        if (subscription.lastGoodScanAt == null || at.isAfter(subscription.lastGoodScanAt)) {
            subscription.lastGoodScanAt = at;
        }
        rollups.write(subscriptionScan.id, subscription.id, at, CheckTally.of(checkIds, evaluation.results(),
                transitions, suppressions::covers).stream().map(c -> new RollupWriter.CheckCounts(c.checkId(), c.passed(), c.failed(),
                c.notApplicable(), c.suppressed(), c.newFindings(), c.resolvedFindings())).toList());
        subscriptionScan.status = SubscriptionScanStatus.SUCCEEDED;
        subscriptionScan.error = inventory.unreadLists().isEmpty() ? null : "Not listed (ARM answered 403, the"
                + " identity lacks Reader on them): " + String.join(", ", inventory.unreadLists())
                + "; internet paths through them were not evaluated";
        subscriptionScan.armRequests = armRequests;
        subscriptionScan.throttledRequests = throttled;
        subscriptionScan.retriedRequests = retries;
        subscriptionScan.resourceCounts = resourceCounts;
        subscriptionScan.finishedAt = time.now();
        changed.fire(new EstateChanged("subscription scan applied"));
        subscriptionScan.durationMs = time.elapsedMillis();
        return true;
    }

    private static void recordDefenderPlan(SubscriptionEntity subscription, SubscriptionInventory inventory) {
        Pricing servers = inventory.pricings().stream()
                .filter(p -> Pricing.SERVERS.equalsIgnoreCase(p.name()))
                .findFirst()
                .orElse(null);
        subscription.defenderServersTier = servers == null ? null : servers.pricingTier();
        subscription.defenderServersSubPlan = servers == null ? null : servers.subPlan();
    }

    /** Writes the findings' transitions, and for those worth telling, their events for destinations. */
    private List<Transition> applyFindings(SubscriptionEntity subscription, UUID scanRef,
                                           SubscriptionInventory inventory, List<CheckResult> results, Instant at,
                                           ActiveSuppressions suppressions) {
        UUID subscriptionRef = subscription.id;
        Instant previousGoodScan = subscription.lastGoodScanAt;
        Map<FindingKey, FindingEntity> existing = new HashMap<>();
        FindingEntity.listOfSubscription(subscriptionRef)
                .forEach(f -> existing.put(new FindingKey(f.checkId, f.resourceKey), f));
        Map<FindingKey, FindingStatus> known = new HashMap<>();
        existing.forEach((key, f) -> known.put(key, f.status));

        List<Transition> transitions = FindingLifecycle.plan(known, results, presentResourceIds(inventory, known.keySet()),
                suppressions::covers);
        for (Transition transition : transitions) {
            if (transition.type() == Transition.Type.OPENED) {
                existing.put(transition.key(), FindingTransitions.open(subscriptionRef, transition.result(),
                        catalogue.require(transition.result().checkId()).severity(), at, scanRef));
            } else {
                String reason = transition.type() == Transition.Type.SUPPRESSED
                        ? suppressions.reasonFor(transition.result()) : transition.reason();
                FindingTransitions.apply(existing.get(transition.key()), transition, at, scanRef, reason,
                        previousGoodScan);
            }
        }
        FindingNotifications.of(transitions, known).forEach((key, event) ->
                Outbox.finding(event, existing.get(key), subscription.tenant.id, scanRef, at));
        return transitions;
    }

    /**
     * The resources still there: the subscription, its VMs and scale sets. When the scale sets could not be listed,
     * those with findings count as present (their findings stay as they are: unknown is not fixed).
     */
    private static Set<String> presentResourceIds(SubscriptionInventory inventory, Set<FindingKey> known) {
        Set<String> ids = new HashSet<>();
        ids.add(SubscriptionCheck.resourceIdOf(inventory.subscriptionId()));
        inventory.virtualMachines().stream().map(VirtualMachine::id).forEach(ids::add);
        inventory.scaleSets().stream().map(ScaleSet::id).forEach(ids::add);
        if (inventory.scaleSetsUnread()) {
            known.stream().filter(key -> key.checkId().equals(VmssManagementPortInternetExposedCheck.ID))
                    .map(FindingKey::resourceKey).forEach(ids::add);
        }
        return ids;
    }
}
