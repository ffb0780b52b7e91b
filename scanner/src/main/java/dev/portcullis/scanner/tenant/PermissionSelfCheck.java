package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.TenantConnection;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import dev.portcullis.scanner.azure.ArmCallException;
import dev.portcullis.scanner.azure.ArmErrors;
import dev.portcullis.scanner.azure.ArmSession;
import dev.portcullis.scanner.azure.ArmSessionFactory;
import dev.portcullis.scanner.tenant.SubscriptionPermissions.Permission;
import dev.portcullis.scanner.tenant.SubscriptionPermissions.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tries, per subscription, the reads a scan needs (VMs, NSGs and the internet entrances — load balancers, Azure
 * Firewalls, firewall policies — with Reader; JIT policies and Defender pricings with Security Reader), one page
 * each. A read ARM refuses with 403 is reported MISSING with the exact
 * {@code az role assignment create} that grants it; any other failure is reported FAILED with ARM's answer.
 */
@ApplicationScoped
public class PermissionSelfCheck {

    static final String READER = "Reader";
    static final String SECURITY_READER = "Security Reader";
    private static final int FORBIDDEN = 403;

    /** One read the scanner needs. */
    private record Probe(String action, String role, String path) {
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("Microsoft.Compute/virtualMachines/read", READER,
                    "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01"),
            new Probe("Microsoft.Network/networkSecurityGroups/read", READER,
                    "/providers/Microsoft.Network/networkSecurityGroups?api-version=2025-03-01"),
            new Probe("Microsoft.Network/loadBalancers/read", READER,
                    "/providers/Microsoft.Network/loadBalancers?api-version=2025-03-01"),
            new Probe("Microsoft.Network/azureFirewalls/read", READER,
                    "/providers/Microsoft.Network/azureFirewalls?api-version=2025-03-01"),
            new Probe("Microsoft.Network/firewallPolicies/read", READER,
                    "/providers/Microsoft.Network/firewallPolicies?api-version=2025-03-01"),
            new Probe("Microsoft.Security/locations/jitNetworkAccessPolicies/read", SECURITY_READER,
                    "/providers/Microsoft.Security/jitNetworkAccessPolicies?api-version=2020-01-01"),
            new Probe("Microsoft.Security/pricings/read", SECURITY_READER,
                    "/providers/Microsoft.Security/pricings?api-version=2024-01-01"));

    private final ArmSessionFactory sessions;
    private final TenantConnections connections;

    public PermissionSelfCheck(ArmSessionFactory sessions, TenantConnections connections) {
        this.sessions = sessions;
        this.connections = connections;
    }

    /** The self-check of an onboarded tenant's enabled subscriptions; empty when it does not exist or is offboarded. */
    public Optional<List<SubscriptionPermissions>> checkTenant(UUID tenantRef) {
        record Target(TenantConnection connection, List<String> subscriptionIds) {
        }
        return QuarkusTransaction.requiringNew().call(() -> TenantEntity.<TenantEntity>findByIdOptional(tenantRef)
                        .filter(t -> t.offboardedAt == null)
                        .map(t -> new Target(connections.of(t), SubscriptionEntity.listEnabledOfTenant(t.id).stream()
                                .map(s -> s.subscriptionId.toString()).toList())))
                .map(target -> check(target.connection(), target.subscriptionIds()));
    }

    public List<SubscriptionPermissions> check(TenantConnection connection, List<String> subscriptionIds) {
        ArmSession session;
        try {
            session = sessions.open(connection);
        } catch (ArmCallException e) {
            // no credential to try (a sealed secret that does not open, endpoints no longer allowed): say so per read
            return subscriptionIds.stream().map(subscriptionId -> new SubscriptionPermissions(subscriptionId, false,
                    PROBES.stream().map(probe -> new Permission(probe.action(), Status.FAILED, probe.role(), null,
                            e.getMessage())).toList())).toList();
        }
        List<SubscriptionPermissions> results = new ArrayList<>();
        for (String subscriptionId : subscriptionIds) {
            List<Permission> permissions = PROBES.stream()
                    .map(probe -> probe(session, connection, subscriptionId, probe)).toList();
            results.add(new SubscriptionPermissions(subscriptionId,
                    permissions.stream().allMatch(p -> p.status() == Status.GRANTED), permissions));
        }
        return results;
    }

    private static Permission probe(ArmSession session, TenantConnection connection, String subscriptionId,
                                    Probe probe) {
        try {
            session.firstPage("/subscriptions/" + subscriptionId + probe.path());
            return new Permission(probe.action(), Status.GRANTED, probe.role(), null, null);
        } catch (ArmCallException e) {
            if (e.status() == FORBIDDEN) {
                return new Permission(probe.action(), Status.MISSING, probe.role(),
                        fix(connection, subscriptionId, probe.role()), null);
            }
            return new Permission(probe.action(), Status.FAILED, probe.role(), null, e.getMessage());
        } catch (RuntimeException e) {
            return new Permission(probe.action(), Status.FAILED, probe.role(), null, ArmErrors.describe(e));
        }
    }

    /** The command that grants the role to the credential's app (or, without one, to the principal to name). */
    static String fix(TenantConnection connection, String subscriptionId, String role) {
        String assignee = connection.clientId() != null ? connection.clientId() : "<principal id>";
        String quotedRole = role.contains(" ") ? "\"" + role + "\"" : role;
        return "az role assignment create --assignee " + assignee + " --role " + quotedRole + " --scope /subscriptions/"
                + subscriptionId;
    }
}
