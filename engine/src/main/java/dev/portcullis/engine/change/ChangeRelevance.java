package dev.portcullis.engine.change;

import java.util.List;
import java.util.Locale;

/**
 * Whether a change can alter a verdict, so that its subscription is worth scanning again: a succeeded write or delete
 * of something a check reads (network security groups and their rules, network interfaces, public IPs, virtual
 * networks and subnets, load balancers, firewalls and firewall policies, virtual machines and scale sets, JIT policies,
 * Defender pricings), or a JIT access request ({@code initiate/action}, which writes NSG rules). Operation names are
 * compared ignoring case: Azure reports them in mixed, lower and upper case.
 */
public final class ChangeRelevance {

    private static final List<String> RESOURCE_TYPES = List.of(
            "microsoft.network/networksecuritygroups/",
            "microsoft.network/networkinterfaces/",
            "microsoft.network/publicipaddresses/",
            "microsoft.network/virtualnetworks/",
            "microsoft.network/loadbalancers/",
            "microsoft.network/azurefirewalls/",
            "microsoft.network/firewallpolicies/",
            "microsoft.compute/virtualmachines/",
            "microsoft.compute/virtualmachinescalesets/",
            "microsoft.security/locations/jitnetworkaccesspolicies/",
            "microsoft.security/pricings/");

    private static final String JIT_REQUEST = "microsoft.security/locations/jitnetworkaccesspolicies/initiate/action";

    private ChangeRelevance() {
    }

    public static boolean matters(ChangeEvent event) {
        return succeeded(event.status()) && mattersOperation(event.operation());
    }

    private static boolean mattersOperation(String operation) {
        if (operation == null) {
            return false;
        }
        String op = operation.trim().toLowerCase(Locale.ROOT);
        if (op.equals(JIT_REQUEST)) {
            return true;
        }
        boolean writeOrDelete = op.endsWith("/write") || op.endsWith("/delete");
        return writeOrDelete && RESOURCE_TYPES.stream().anyMatch(op::startsWith);
    }

    private static boolean succeeded(String status) {
        return status != null && status.trim().equalsIgnoreCase("Succeeded");
    }
}
