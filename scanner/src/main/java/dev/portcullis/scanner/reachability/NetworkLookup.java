package dev.portcullis.scanner.reachability;

import dev.portcullis.scanner.inventory.AzureFirewall;
import dev.portcullis.scanner.inventory.FirewallPolicy;
import dev.portcullis.scanner.inventory.LoadBalancer;
import dev.portcullis.scanner.inventory.NetworkSecurityGroup;
import dev.portcullis.scanner.inventory.PublicIpAddress;
import dev.portcullis.scanner.inventory.Subnet;
import java.util.List;
import java.util.Optional;

/** The subscription's network resources, looked up by ARM id in any case: what paths are built from. */
public interface NetworkLookup {

    Optional<Subnet> subnet(String id);

    Optional<NetworkSecurityGroup> nsg(String id);

    Optional<PublicIpAddress> publicIp(String id);

    List<LoadBalancer> loadBalancers();

    List<AzureFirewall> azureFirewalls();

    Optional<FirewallPolicy> firewallPolicy(String id);
}
