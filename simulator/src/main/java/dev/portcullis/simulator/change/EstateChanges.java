package dev.portcullis.simulator.change;

import dev.portcullis.simulator.estate.ArmCatalog;
import dev.portcullis.simulator.estate.ArmResource;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.SimVm;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Changes to the served estate, each recorded as ARM would record the writes behind it: every operation appends a
 * {@code Started} and a {@code Succeeded} event (one correlation id) to the subscription's {@link ActivityLog}, and
 * the {@code Succeeded} one goes to the {@link EventGridPublisher}'s target, if any.
 *
 * <pre>{@code
 * Change opened = sim.changes().openPort(vm.resourceId(), 22);   // an Allow rule in the VM's NSG(s)
 * sim.changes().write("/subscriptions/…/providers/Microsoft.Storage/storageAccounts/logs");  // an event only
 * sim.changes().burst(nsgId, 50);                                 // 50 NSG writes, 100 events
 * }</pre>
 *
 * <p>Changes last until the estate is switched ({@code ArmSimulator.serve}, {@code serveDay},
 * {@code POST /_simulator/estate?day=N}), which also empties the activity log, or until {@link #clear()}. The estate's
 * expectations ({@code SimVm.expected()}) are not changed: they describe the estate as built.
 */
public final class EstateChanges {

    public static final String DEFAULT_CALLER = "alice@contoso.com";

    private final AtomicReference<Estate> served;
    private final Clock clock;
    private final ActivityLog log;
    private final EventGridPublisher eventGrid;
    private final List<Change> changes = new ArrayList<>();
    /** The estate as served before the first change since the last switch; {@code null} when unchanged. */
    private Estate unchanged;

    public EstateChanges(AtomicReference<Estate> served, Clock clock, ActivityLog log, EventGridPublisher eventGrid) {
        this.served = served;
        this.clock = clock;
        this.log = log;
        this.eventGrid = eventGrid;
    }

    /** {@link #openPort(String, int, String, String)} from {@code Internet}, by {@link #DEFAULT_CALLER}. */
    public Change openPort(String vm, int port) {
        return openPort(vm, port, "Internet", DEFAULT_CALLER);
    }

    /**
     * Adds an inbound Allow rule for Tcp {@code port} from {@code source} to every NSG on the VM's path (its subnets'
     * and its NICs'), at the lowest free priority from 100: one {@code securityRules/write} per NSG. Served at once
     * by the NSG's GET and the NSG lists; {@code GET {nsg}/securityRules[/{name}]} too.
     *
     * @param vm the VM's resource id, or its name in the estate
     * @throws IllegalArgumentException when the VM is unknown or no NSG guards it
     */
    public synchronized Change openPort(String vm, int port, String source, String caller) {
        String vmId = vmId(vm);
        List<String> ruleIds = new ArrayList<>();
        update(catalog -> {
            ruleIds.clear();
            ArmCatalog next = catalog;
            for (ArmResource nsg : InboundRule.nsgsOf(catalog, vmId)) {
                InboundRule.Added added = InboundRule.allow(nsg, port, source);
                next = next.replacing(added.nsg());
                ruleIds.add(added.ruleId());
            }
            return next;
        });
        List<ArmOperation> operations = ruleIds.stream()
                .map(id -> new ArmOperation("Microsoft.Network/networkSecurityGroups/securityRules/write", id)).toList();
        return record("open-port", caller, "Tcp " + port + " from " + source + " allowed to " + vmId, ruleIds, operations);
    }

    /** Records a write of {@code resourceId} ({@code <its type>/write}) by {@link #DEFAULT_CALLER}; the estate stays. */
    public Change write(String resourceId) {
        return write(ArmOperation.write(resourceId), DEFAULT_CALLER);
    }

    /**
     * Records an operation (a write, a {@code …/delete}, an {@code …/action}) without changing what is served: for a
     * resource type Portcullis does not read, or to replay what a real change looks like in the log.
     *
     * @throws IllegalArgumentException when the operation's subscription is not served
     */
    public synchronized Change write(ArmOperation operation, String caller) {
        return record("write", caller, operation.operationName() + " on " + operation.resourceId(), List.of(),
                List.of(operation));
    }

    /** {@code count} writes of {@code resourceId} ({@code <its type>/write}) by {@link #DEFAULT_CALLER}. */
    public Change burst(String resourceId, int count) {
        return burst(ArmOperation.write(resourceId), count, DEFAULT_CALLER);
    }

    /** The same operation {@code count} times (each its own correlation id); the estate stays. */
    public synchronized Change burst(ArmOperation operation, int count, String caller) {
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("count must be from 1 to 10000: " + count);
        }
        return record("burst", caller, count + " × " + operation.operationName() + " on " + operation.resourceId(),
                List.of(), java.util.Collections.nCopies(count, operation));
    }

    /** The changes since the last estate switch, oldest first. */
    public synchronized List<Change> list() {
        return List.copyOf(changes);
    }

    public ActivityLog activityLog() {
        return log;
    }

    public EventGridPublisher eventGrid() {
        return eventGrid;
    }

    /** Serves the estate as it was before the changes again, and empties the list and the activity log. */
    public synchronized int clear() {
        int cleared = changes.size();
        if (unchanged != null) {
            Estate current = served.get();
            Estate original = unchanged;
            if (current.catalog() != original.catalog()) {
                served.compareAndSet(current, original);
            }
        }
        forget();
        return cleared;
    }

    /** The estate was switched: forgets the changes (the new estate has none) and empties the activity log. */
    public synchronized void estateSwitched() {
        forget();
    }

    private void forget() {
        changes.clear();
        unchanged = null;
        log.clear();
    }

    private void update(Function<ArmCatalog, ArmCatalog> edit) {
        while (true) {
            Estate current = served.get();
            Estate next = current.withCatalog(edit.apply(current.catalog()));
            if (served.compareAndSet(current, next)) {
                if (unchanged == null) {
                    unchanged = current;
                }
                return;
            }
        }
    }

    private String vmId(String vm) {
        Objects.requireNonNull(vm, "vm");
        if (vm.startsWith("/")) {
            return vm;
        }
        return served.get().findVirtualMachine(vm).map(SimVm::resourceId)
                .orElseThrow(() -> new IllegalArgumentException("no VM named " + vm));
    }

    private Change record(String kind, String caller, String description, List<String> changed,
                          List<ArmOperation> operations) {
        Estate estate = served.get();
        List<ActivityEvent> events = new ArrayList<>();
        Instant now = clock.instant();
        for (ArmOperation operation : operations) {
            String tenantId = estate.subscription(operation.subscriptionId()).tenantId();
            String correlationId = UUID.randomUUID().toString();
            String operationId = UUID.randomUUID().toString();
            for (ActivityEvent.Status status : ActivityEvent.Status.values()) {
                // Never in the future: a query up to now must see a Succeeded that has arrived.
                Instant at = status == ActivityEvent.Status.STARTED ? now.minusMillis(1) : now;
                events.add(new ActivityEvent(UUID.randomUUID().toString(), correlationId, operationId, operation,
                        status, at, log.arrival(at), caller, tenantId));
            }
        }
        log.record(events);
        Change change = new Change(changes.size() + 1, kind, now, caller, description, changed, events);
        changes.add(change);
        eventGrid.publish(events);
        return change;
    }
}
