package dev.portcullis.simulator.estate;

/** An Entra ID tenant of the estate. */
public record SimTenant(String tenantId, String displayName, String defaultDomain) {
}
