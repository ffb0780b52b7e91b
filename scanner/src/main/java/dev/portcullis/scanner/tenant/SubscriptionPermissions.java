package dev.portcullis.scanner.tenant;

import java.util.List;

/**
 * What the self-check found for one subscription: each read the scanner needs, whether the credential may do it and,
 * when not, the command that grants it.
 */
public record SubscriptionPermissions(String subscriptionId, boolean complete, List<Permission> permissions) {

    /** Whether a read is allowed. */
    public enum Status { GRANTED, MISSING, FAILED }

    /**
     * @param action ARM's name of the read ({@code Microsoft.Compute/virtualMachines/read})
     * @param role   the built-in role that grants it
     * @param fix    the Azure CLI command that grants it, when it is missing
     * @param error  what went wrong, when the read failed for another reason than a missing permission
     */
    public record Permission(String action, Status status, String role, String fix, String error) {
    }
}
