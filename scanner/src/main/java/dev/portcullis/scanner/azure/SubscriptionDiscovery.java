package dev.portcullis.scanner.azure;

import com.azure.resourcemanager.resources.fluent.models.SubscriptionInner;
import dev.portcullis.scanner.connection.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Lists the subscriptions a tenant's credential can see ({@code GET /subscriptions}). */
@ApplicationScoped
public class SubscriptionDiscovery {

    private final ArmSessionFactory sessions;

    public SubscriptionDiscovery(ArmSessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * The subscriptions of this tenant. A subscription listed with another {@code tenantId} (a guest's view of a
     * foreign tenant), or with none, is left out: it belongs to that tenant's onboarding.
     *
     * @throws ArmCallException when ARM cannot be reached or refuses the credential
     */
    public List<DiscoveredSubscription> discover(TenantConnection connection) {
        try {
            ArmSession session = sessions.open(connection);
            return session.all(session.resources().subscriptions().list()).stream()
                    .map(s -> s.innerModel())
                    .filter(s -> connection.tenantId().equalsIgnoreCase(s.tenantId()))
                    .map(SubscriptionDiscovery::toDiscovered)
                    .toList();
        } catch (RuntimeException e) {
            throw new ArmCallException("Listing subscriptions failed: " + ArmErrors.describe(e), e);
        }
    }

    private static DiscoveredSubscription toDiscovered(SubscriptionInner inner) {
        return new DiscoveredSubscription(inner.subscriptionId(),
                inner.displayName() != null ? inner.displayName() : inner.subscriptionId(),
                inner.state() == null ? null : inner.state().toString());
    }

    /**
     * The subscriptions of this tenant that lie below the management group (at any depth), or all of them when
     * {@code managementGroupId} is null.
     *
     * @throws ArmCallException when ARM cannot be reached, refuses the credential or does not know the group
     */
    public List<DiscoveredSubscription> discover(TenantConnection connection, String managementGroupId) {
        List<DiscoveredSubscription> all = discover(connection);
        if (managementGroupId == null) {
            return all;
        }
        Set<String> below;
        try {
            below = sessions.open(connection).listAll("/providers/Microsoft.Management/managementGroups/"
                            + managementGroupId + "/descendants?api-version=2020-05-01").stream()
                    .filter(item -> item.path("type").asText("").toLowerCase(Locale.ROOT).endsWith("/subscriptions"))
                    .map(item -> item.path("name").asText().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
        } catch (RuntimeException e) {
            throw new ArmCallException("Listing management group " + managementGroupId + " failed: "
                    + (e instanceof ArmCallException ? e.getMessage() : ArmErrors.describe(e)), e);
        }
        return all.stream().filter(s -> below.contains(s.subscriptionId().toLowerCase(Locale.ROOT))).toList();
    }

    /** A subscription as ARM lists it. */
    public record DiscoveredSubscription(String subscriptionId, String displayName, String state) {
    }
}
