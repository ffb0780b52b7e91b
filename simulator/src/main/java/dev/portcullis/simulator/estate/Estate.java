package dev.portcullis.simulator.estate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the simulator serves: tenants, subscriptions and their resources (as {@link ArmCatalog}),
 * plus the results the product is expected to give on them. An estate is an immutable value built
 * from code, so a variation (a remediated VM, a new subscription) is simply another estate.
 */
public final class Estate {

    private final List<SimTenant> tenants;
    private final List<SimSubscription> subscriptions;
    private final List<SimVm> virtualMachines;
    private final List<SimScaleSet> scaleSets;
    private final ArmCatalog catalog;

    public Estate(
            List<SimTenant> tenants,
            List<SimSubscription> subscriptions,
            List<SimVm> virtualMachines,
            ArmCatalog catalog) {
        this(tenants, subscriptions, virtualMachines, List.of(), catalog);
    }

    public Estate(
            List<SimTenant> tenants,
            List<SimSubscription> subscriptions,
            List<SimVm> virtualMachines,
            List<SimScaleSet> scaleSets,
            ArmCatalog catalog) {
        this.tenants = List.copyOf(tenants);
        this.subscriptions = List.copyOf(subscriptions);
        this.virtualMachines = List.copyOf(virtualMachines);
        this.scaleSets = List.copyOf(scaleSets);
        this.catalog = catalog;
    }

    /** Contoso and Fabrikam: 2 tenants, 4 subscriptions, one VM per scenario or more. See {@link DemoEstate}. */
    public static Estate demo() {
        return DemoEstate.build();
    }

    /**
     * The demo estate as it was on {@code day} of the last 30: day 0 is 29 days ago, day 29 is today
     * and equals {@link #demo()} (same payloads and expectations). What changes on which day is in
     * {@link DemoHistory} and the README's History table.
     *
     * @throws IllegalArgumentException unless {@code 0 <= day <= 29}
     */
    public static Estate demoOnDay(int day) {
        return DemoEstate.onDay(day);
    }

    /**
     * The ids of the demo subscriptions that should answer 500 on {@code day}: Fabrikam Retail on
     * day 17, none on the other days. The estate itself does not fault; whoever serves the day
     * injects the fault ({@code ArmSimulator.serveDay} does).
     *
     * @throws IllegalArgumentException unless {@code 0 <= day <= 29}
     */
    public static List<String> failingSubscriptionsOnDay(int day) {
        return DemoHistory.failingSubscriptionsOnDay(day);
    }

    /** Large Corp: one tenant, one subscription with {@code vms} VMs. See {@link LargeEstate}. */
    public static Estate large(int vms) {
        return LargeEstate.build(vms);
    }

    /**
     * {@code subscriptions} subscriptions of {@code vmsPerSubscription} VMs each, spread over {@code tenants} tenants,
     * each subscription built as {@link #large}'s. See {@link ClusterEstate}.
     */
    public static Estate cluster(int subscriptions, int vmsPerSubscription, int tenants) {
        return ClusterEstate.build(subscriptions, vmsPerSubscription, tenants);
    }

    /** This estate plus the Large Corp tenant with {@code vms} VMs. */
    public Estate withLarge(int vms) {
        return merge(large(vms));
    }

    /** This estate and another one served together; they must not share a subscription. */
    public Estate merge(Estate other) {
        return new Estate(
                concat(tenants, other.tenants),
                concat(subscriptions, other.subscriptions),
                concat(virtualMachines, other.virtualMachines),
                concat(scaleSets, other.scaleSets),
                catalog.merge(other.catalog));
    }

    /**
     * The same estate served from another catalog: what a change to the estate makes (the expectations stay as built;
     * see {@code ArmSimulator.changes()}).
     */
    public Estate withCatalog(ArmCatalog changed) {
        return new Estate(tenants, subscriptions, virtualMachines, scaleSets, changed);
    }

    public List<SimTenant> tenants() {
        return tenants;
    }

    public List<SimSubscription> subscriptions() {
        return subscriptions;
    }

    public List<SimVm> virtualMachines() {
        return virtualMachines;
    }

    /** The Uniform scale sets and their expected results (Flexible scale sets' VMs are in {@link #virtualMachines()}). */
    public List<SimScaleSet> scaleSets() {
        return scaleSets;
    }

    /** The Uniform scale set with this name; names are unique within an estate. */
    public SimScaleSet scaleSet(String name) {
        return scaleSets.stream().filter(set -> set.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scale set named " + name));
    }

    public ArmCatalog catalog() {
        return catalog;
    }

    public Optional<SimVm> findVirtualMachine(String name) {
        return virtualMachines.stream().filter(vm -> vm.name().equals(name)).findFirst();
    }

    /** The VM with this name; names are unique within an estate. */
    public SimVm virtualMachine(String name) {
        return findVirtualMachine(name).orElseThrow(() -> new IllegalArgumentException("no VM named " + name));
    }

    public SimSubscription subscription(String subscriptionId) {
        return subscriptions.stream()
                .filter(subscription -> subscription.subscriptionId().equalsIgnoreCase(subscriptionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subscription " + subscriptionId));
    }

    public List<SimVm> virtualMachinesIn(String subscriptionId) {
        return virtualMachines.stream().filter(vm -> vm.subscriptionId().equalsIgnoreCase(subscriptionId)).toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
