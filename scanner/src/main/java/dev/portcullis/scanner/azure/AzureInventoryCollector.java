package dev.portcullis.scanner.azure;

import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.network.NetworkManager;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.InventoryGaps;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.JitPolicy;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.Pricing;
import dev.portcullis.engine.inventory.ScaleSet;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.inventory.VirtualNetwork;
import dev.portcullis.scanner.connection.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Collects one subscription's inventory with ARM list operations only, following every nextLink: requests grow with
 * list pages, never with the number of VMs. Any failed list fails the whole collection: a partial inventory would
 * make missing resources look fixed. Items whose id is not under the subscription are dropped
 * ({@link ItemsOfSubscription}).
 */
@ApplicationScoped
public class AzureInventoryCollector {

    static final String JIT_API_VERSION = "2020-01-01";
    static final String PRICINGS_API_VERSION = "2024-01-01";
    static final String NETWORK_API_VERSION = "2025-03-01";
    static final String COMPUTE_API_VERSION = "2025-04-01";
    private static final int MAX_GAPS_LOGGED = 20;
    private static final Logger LOG = Logger.getLogger(AzureInventoryCollector.class);

    private final ArmSessionFactory sessions;

    public AzureInventoryCollector(ArmSessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Collects within {@code deadline}: past it, the collection stops (its thread interrupted, its session refusing
     * requests) and fails, so nothing of it is applied.
     */
    public Collection collect(TenantConnection connection, String subscriptionId, Instant deadline) {
        Watchdog.Guard guard = Watchdog.until(deadline);
        try {
            return collectUntil(connection, subscriptionId, deadline);
        } catch (CollectionFailedException e) {
            if (guard.fired() || Instant.now().isAfter(deadline)) {
                throw new CollectionFailedException("The collection did not finish in time and was stopped"
                        + " (PORTCULLIS_SCAN_SUBSCRIPTION_TIMEOUT); nothing of it was applied", e.armRequests(),
                        e.throttled(), e.retries(), e);
            }
            throw e;
        } finally {
            guard.close();
        }
    }

    private Collection collectUntil(TenantConnection connection, String subscriptionId, Instant deadline) {
        ArmSession session = list("an ARM session", () -> List.of(sessions.open(connection, deadline))).get(0);
        try {
            ComputeManager compute = session.compute(subscriptionId);
            NetworkManager network = session.network(subscriptionId);
            List<VirtualMachine> vms = own(subscriptionId, "virtual machines", () -> session.all(
                    compute.serviceClient().getVirtualMachines().list()).stream()
                    .map(ComputeMapper::toVirtualMachine).toList(), VirtualMachine::id);
            List<NetworkInterface> nics = own(subscriptionId, "network interfaces", () -> session.all(
                    network.serviceClient().getNetworkInterfaces().list()).stream()
                    .map(NetworkMapper::toNetworkInterface).toList(), NetworkInterface::id);
            List<NetworkSecurityGroup> nsgs = own(subscriptionId, "network security groups", () -> session.all(
                    network.serviceClient().getNetworkSecurityGroups().list()).stream()
                    .map(NetworkMapper::toNetworkSecurityGroup).toList(), NetworkSecurityGroup::id);
            List<PublicIpAddress> publicIps = own(subscriptionId, "public IP addresses", () -> session.all(
                    network.serviceClient().getPublicIpAddresses().list()).stream()
                    .map(NetworkMapper::toPublicIpAddress).toList(), PublicIpAddress::id);
            List<VirtualNetwork> vnets = own(subscriptionId, "virtual networks", () -> session.all(
                    network.serviceClient().getVirtualNetworks().list()).stream()
                    .map(NetworkMapper::toVirtualNetwork).toList(), VirtualNetwork::id);
            List<JitPolicy> jitPolicies = own(subscriptionId, "JIT network access policies", () -> session.listAll(
                    "/subscriptions/" + subscriptionId
                            + "/providers/Microsoft.Security/jitNetworkAccessPolicies?api-version="
                            + JIT_API_VERSION).stream().map(SecurityMapper::toJitPolicy).toList(), JitPolicy::id);
            List<Pricing> pricings = own(subscriptionId, "Defender pricings", () -> session.listAll(
                    "/subscriptions/" + subscriptionId + "/providers/Microsoft.Security/pricings?api-version="
                            + PRICINGS_API_VERSION), item -> item.path("id").asText(null))
                    .stream().map(SecurityMapper::toPricing).toList();
            List<String> unread = new ArrayList<>();
            String networkPath = "/subscriptions/" + subscriptionId + "/providers/Microsoft.Network/";
            List<LoadBalancer> loadBalancers = entrances(subscriptionId, "load balancers", unread, () -> session
                    .listAll(networkPath + "loadBalancers?api-version=" + NETWORK_API_VERSION).stream()
                    .map(EntranceMapper::toLoadBalancer).toList(), LoadBalancer::id);
            List<AzureFirewall> firewalls = entrances(subscriptionId, "Azure Firewalls", unread, () -> session
                    .listAll(networkPath + "azureFirewalls?api-version=" + NETWORK_API_VERSION).stream()
                    .map(EntranceMapper::toAzureFirewall).toList(), AzureFirewall::id);
            List<JsonNode> policies = entrances(subscriptionId, "firewall policies", unread, () -> session
                    .listAll(networkPath + "firewallPolicies?api-version=" + NETWORK_API_VERSION), p -> p.path("id")
                    .asText(null));
            List<FirewallPolicy> firewallPolicies = entrances(subscriptionId, "firewall policy rule collection groups",
                    unread, () -> policies.stream().map(policy -> EntranceMapper.toFirewallPolicy(policy, session
                            .listAll(policy.path("id").asText() + "/ruleCollectionGroups?api-version="
                                    + NETWORK_API_VERSION))).toList(), FirewallPolicy::id);
            List<ScaleSet> scaleSets = entrances(subscriptionId, SubscriptionInventory.SCALE_SETS, unread, () -> session
                    .listAll("/subscriptions/" + subscriptionId
                            + "/providers/Microsoft.Compute/virtualMachineScaleSets?api-version="
                            + COMPUTE_API_VERSION).stream().map(ScaleSetMapper::toScaleSet).toList(), ScaleSet::id);
            SubscriptionInventory inventory = new SubscriptionInventory(subscriptionId, vms, nics, nsgs, publicIps,
                    vnets, jitPolicies, pricings, loadBalancers, firewalls, firewallPolicies, scaleSets, unread);
            logGaps(subscriptionId, InventoryGaps.find(inventory));
            return new Collection(inventory, session.requestCount(), session.throttledCount(),
                    session.retriedCount());
        } catch (CollectionFailedException e) {
            throw new CollectionFailedException(e.getMessage(), session.requestCount(), session.throttledCount(),
                    session.retriedCount(), e.getCause());
        } finally {
            logPacing(subscriptionId, session);
        }
    }

    private static void logPacing(String subscriptionId, ArmSession session) {
        if (session.pauseCount() > 0) {
            LOG.infof("Subscription %s: ARM's remaining reads ran low; %d request(s) waited %d ms in all for the"
                    + " read budget to refill", subscriptionId, session.pauseCount(), session.pausedFor().toMillis());
        }
    }

    private static void logGaps(String subscriptionId, List<String> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        LOG.warnf("Subscription %s: %d inventory gap(s), evaluated with what is known: %s%s", subscriptionId,
                gaps.size(), String.join("; ", gaps.subList(0, Math.min(MAX_GAPS_LOGGED, gaps.size()))),
                gaps.size() > MAX_GAPS_LOGGED ? "; …" : "");
    }

    /**
     * A list of internet entrances: refused with 403 (the identity lacks Reader on it), it is recorded in
     * {@code unread} and the scan goes on, its paths "not evaluated"; any other failure fails the collection.
     */
    private static <T> List<T> entrances(String subscriptionId, String what, List<String> unread,
                                         Supplier<List<T>> operation, Function<T, String> idOf) {
        try {
            return own(subscriptionId, what, operation, idOf);
        } catch (CollectionFailedException e) {
            if (e.getCause() instanceof ArmCallException call && call.status() == 403) {
                LOG.warnf("Subscription %s: listing %s was refused (403); paths through them are not evaluated",
                        subscriptionId, what);
                unread.add(what);
                return List.of();
            }
            throw e;
        }
    }

    /** A list of the subscription's, without the items ARM put in it from elsewhere ({@link ItemsOfSubscription}). */
    private static <T> List<T> own(String subscriptionId, String what, Supplier<List<T>> operation,
                                   Function<T, String> idOf) {
        return ItemsOfSubscription.keep(subscriptionId, what, list(what, operation), idOf);
    }

    private static <T> List<T> list(String what, Supplier<List<T>> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw new CollectionFailedException("Listing " + what + " failed: " + ArmErrors.describe(e), 0, e);
        }
    }

    /**
     * A subscription's inventory and what it cost: the ARM requests it took (retries included), ARM's answers 429
     * ({@code throttled}) and the requests sent again after a 429, a 5xx or a broken connection ({@code retries}).
     */
    public record Collection(SubscriptionInventory inventory, int armRequests, int throttled, int retries) {
    }
}
