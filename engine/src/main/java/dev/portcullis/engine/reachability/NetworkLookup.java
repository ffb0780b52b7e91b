package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.Subnet;
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
