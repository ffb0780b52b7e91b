package dev.portcullis.engine.reachability;

import java.util.List;

/**
 * The address an NSG sees as the destination of a path, and the application security groups of the IP
 * configuration: the backend's private IP. With a load balancer's floating IP the packet carries the frontend's IP
 * ({@code alternative}) and Microsoft does not say which of the two an NSG rule matches: an Allow counts when it
 * covers either, a Deny only when it covers both (unknown leans to exposure). A null address is unknown: every
 * address destination is taken to cover it.
 */
public record Destination(String address, boolean floatingIp, String alternative,
                          List<String> applicationSecurityGroupIds) {

    public Destination {
        applicationSecurityGroupIds = List.copyOf(applicationSecurityGroupIds);
    }

    /** A destination with one address (null: unknown). */
    public Destination(String address, List<String> applicationSecurityGroupIds) {
        this(address, false, null, applicationSecurityGroupIds);
    }

    /** A load balancer's floating-IP destination: the backend's address or the frontend's (null: unknown). */
    static Destination floating(String backend, String frontend, List<String> applicationSecurityGroupIds) {
        return new Destination(backend, true, frontend, applicationSecurityGroupIds);
    }

    /** The same groups at the frontend's address. */
    Destination alternativeOnly() {
        return new Destination(alternative, applicationSecurityGroupIds);
    }
}
