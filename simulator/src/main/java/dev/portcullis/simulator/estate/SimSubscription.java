package dev.portcullis.simulator.estate;

/**
 * A subscription of the estate, with what {@code subscription_defender_servers_p2} must say about it.
 *
 * @param defenderSetup a short human description of its VirtualMachines pricing, for tables
 */
public record SimSubscription(
        String subscriptionId,
        String tenantId,
        String displayName,
        Expectation expectedDefenderP2,
        String defenderSetup) {
}
