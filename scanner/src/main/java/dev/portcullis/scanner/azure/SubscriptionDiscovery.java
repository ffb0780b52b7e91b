package dev.portcullis.scanner.azure;

import com.azure.resourcemanager.resources.fluent.models.SubscriptionInner;
import dev.portcullis.scanner.tenant.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.StreamSupport;

/** Lists the subscriptions a tenant's credential can see ({@code GET /subscriptions}). */
@ApplicationScoped
public class SubscriptionDiscovery {

    private final ArmSessionFactory sessions;

    public SubscriptionDiscovery(ArmSessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * The subscriptions of this tenant. A subscription listed with another {@code tenantId} (a guest's view of a
     * foreign tenant) is left out: it belongs to that tenant's onboarding.
     *
     * @throws ArmCallException when ARM cannot be reached or refuses the credential
     */
    public List<DiscoveredSubscription> discover(TenantConnection connection) {
        try {
            ArmSession session = sessions.open(connection);
            return StreamSupport.stream(session.resources().subscriptions().list().spliterator(), false)
                    .map(s -> s.innerModel())
                    .filter(s -> s.tenantId() == null || s.tenantId().equalsIgnoreCase(connection.tenantId()))
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

    /** A subscription as ARM lists it. */
    public record DiscoveredSubscription(String subscriptionId, String displayName, String state) {
    }
}
