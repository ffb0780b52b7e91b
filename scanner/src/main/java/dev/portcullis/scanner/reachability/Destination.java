package dev.portcullis.scanner.reachability;

import java.util.List;

/**
 * The address an NSG sees as the destination of a path, and the application security groups of the IP
 * configuration: the backend's private IP, or with a load balancer's floating IP the frontend's IP. A null address is
 * unknown: every address destination is taken to cover it.
 */
public record Destination(String address, List<String> applicationSecurityGroupIds) {

    public Destination {
        applicationSecurityGroupIds = List.copyOf(applicationSecurityGroupIds);
    }
}
