package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * One IP configuration of a NIC: its private address (IPv4 or IPv6), subnet, public IP, application security groups,
 * and the load-balancer backend pools and classic inbound NAT rules that name it.
 */
public record IpConfiguration(String id, String name, String privateIpAddress, String subnetId,
                              String publicIpAddressId, List<String> applicationSecurityGroupIds,
                              List<String> loadBalancerBackendPoolIds, List<String> loadBalancerInboundNatRuleIds) {

    public IpConfiguration {
        applicationSecurityGroupIds = List.copyOf(applicationSecurityGroupIds);
        loadBalancerBackendPoolIds = List.copyOf(loadBalancerBackendPoolIds);
        loadBalancerInboundNatRuleIds = List.copyOf(loadBalancerInboundNatRuleIds);
    }

    /** A configuration outside any load balancer. */
    public IpConfiguration(String id, String name, String privateIpAddress, String subnetId, String publicIpAddressId,
                           List<String> applicationSecurityGroupIds) {
        this(id, name, privateIpAddress, subnetId, publicIpAddressId, applicationSecurityGroupIds, List.of(), List.of());
    }
}
