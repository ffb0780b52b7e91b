package dev.portcullis.engine.reachability;

/**
 * Where a path from the internet enters: a public IP on the NIC, a load balancer's frontend, or a firewall's DNAT
 * rule, with the entry address and port(s), the rule that forwards, and the backend port and IP configuration.
 *
 * @param resourceName the load balancer or firewall (null for a NIC's public IP)
 * @param forwardedBy  the forwarding rule as a phrase ({@code inbound NAT rule nat-ssh}); null for a public IP
 */
public record Entry(Kind kind, String address, String resourceName, String frontendPorts, String forwardedBy,
                    int backendPort, String ipConfigurationName) {

    public enum Kind { PUBLIC_IP, LOAD_BALANCER, FIREWALL_DNAT }

    /** The path's front, as the finding's detail and the port grid print it. */
    public String describe() {
        return switch (kind) {
            case PUBLIC_IP -> "via public IP " + address + " (" + ipConfigurationName + ")";
            case LOAD_BALANCER -> "via load balancer " + resourceName + " frontend " + address + ":" + frontendPorts
                    + " (" + forwardedBy + ") to backend port " + backendPort + " of " + ipConfigurationName;
            case FIREWALL_DNAT -> "via firewall " + resourceName + " " + address + ":" + frontendPorts + " ("
                    + forwardedBy + ") to port " + backendPort + " of " + ipConfigurationName;
        };
    }
}
