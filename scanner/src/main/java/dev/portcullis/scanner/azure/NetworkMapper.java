package dev.portcullis.scanner.azure;

import com.azure.core.management.SubResource;
import com.azure.resourcemanager.network.fluent.models.ApplicationSecurityGroupInner;
import com.azure.resourcemanager.network.fluent.models.BackendAddressPoolInner;
import com.azure.resourcemanager.network.fluent.models.InboundNatRuleInner;
import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceInner;
import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceIpConfigurationInner;
import com.azure.resourcemanager.network.fluent.models.NetworkSecurityGroupInner;
import com.azure.resourcemanager.network.fluent.models.PublicIpAddressInner;
import com.azure.resourcemanager.network.fluent.models.SecurityRuleInner;
import com.azure.resourcemanager.network.fluent.models.SubnetInner;
import com.azure.resourcemanager.network.fluent.models.VirtualNetworkInner;
import com.azure.resourcemanager.network.models.IpVersion;
import com.azure.resourcemanager.network.models.PublicIpAddressSkuName;
import com.azure.resourcemanager.network.models.SecurityRuleAccess;
import com.azure.resourcemanager.network.models.SecurityRuleDirection;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.SecurityRule;
import dev.portcullis.engine.inventory.SecurityRule.Access;
import dev.portcullis.engine.inventory.SecurityRule.Direction;
import dev.portcullis.engine.inventory.Subnet;
import dev.portcullis.engine.inventory.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Maps the SDK's network models to the scanner's records. Singular and plural NSG fields are merged here, once, so
 * no check can forget one of them; a rule without a priority, direction or access is dropped and logged rather
 * than guessed.
 */
final class NetworkMapper {

    private static final Logger LOG = Logger.getLogger(NetworkMapper.class);

    private NetworkMapper() {
    }

    static NetworkInterface toNetworkInterface(NetworkInterfaceInner inner) {
        List<IpConfiguration> ipConfigurations = nullSafe(inner.ipConfigurations()).stream()
                .map(NetworkMapper::toIpConfiguration)
                .toList();
        return new NetworkInterface(inner.id(), nameOf(inner.name(), inner.id()), idOf(inner.virtualMachine()),
                inner.networkSecurityGroup() == null ? null : inner.networkSecurityGroup().id(), ipConfigurations);
    }

    private static IpConfiguration toIpConfiguration(NetworkInterfaceIpConfigurationInner inner) {
        List<String> asgIds = nullSafe(inner.applicationSecurityGroups()).stream()
                .map(ApplicationSecurityGroupInner::id)
                .filter(Objects::nonNull)
                .toList();
        return new IpConfiguration(inner.id(), inner.name(), inner.privateIpAddress(),
                inner.subnet() == null ? null : inner.subnet().id(),
                inner.publicIpAddress() == null ? null : inner.publicIpAddress().id(), asgIds,
                ids(inner.loadBalancerBackendAddressPools(), BackendAddressPoolInner::id),
                ids(inner.loadBalancerInboundNatRules(), InboundNatRuleInner::id));
    }

    static NetworkSecurityGroup toNetworkSecurityGroup(NetworkSecurityGroupInner inner) {
        List<SecurityRule> rules = new ArrayList<>();
        nullSafe(inner.securityRules()).forEach(r -> toRule(inner, r, false).ifPresent(rules::add));
        nullSafe(inner.defaultSecurityRules()).forEach(r -> toRule(inner, r, true).ifPresent(rules::add));
        return new NetworkSecurityGroup(inner.id(), nameOf(inner.name(), inner.id()), rules);
    }

    private static Optional<SecurityRule> toRule(NetworkSecurityGroupInner nsg, SecurityRuleInner rule,
                                                 boolean isDefault) {
        if (rule.priority() == null || rule.direction() == null || rule.access() == null) {
            LOG.warnf("NSG %s rule %s lacks priority, direction or access; it is left out of evaluation",
                    nsg.id(), rule.name());
            return Optional.empty();
        }
        return Optional.of(new SecurityRule(rule.name(), rule.priority(),
                SecurityRuleDirection.INBOUND.equals(rule.direction()) ? Direction.INBOUND : Direction.OUTBOUND,
                SecurityRuleAccess.ALLOW.equals(rule.access()) ? Access.ALLOW : Access.DENY,
                rule.protocol() == null ? "*" : rule.protocol().toString(),
                union(rule.sourceAddressPrefix(), rule.sourceAddressPrefixes()),
                ids(rule.sourceApplicationSecurityGroups(), ApplicationSecurityGroupInner::id),
                union(rule.destinationAddressPrefix(), rule.destinationAddressPrefixes()),
                ids(rule.destinationApplicationSecurityGroups(), ApplicationSecurityGroupInner::id),
                union(rule.destinationPortRange(), rule.destinationPortRanges()), isDefault));
    }

    static PublicIpAddress toPublicIpAddress(PublicIpAddressInner inner) {
        boolean standard = inner.sku() != null && PublicIpAddressSkuName.STANDARD.equals(inner.sku().name());
        boolean ipv6 = inner.publicIpAddressVersion() != null
                ? IpVersion.IPV6.equals(inner.publicIpAddressVersion())
                : inner.ipAddress() != null && inner.ipAddress().contains(":");
        return new PublicIpAddress(inner.id(), nameOf(inner.name(), inner.id()), inner.ipAddress(),
                standard ? PublicIpAddress.Sku.STANDARD : PublicIpAddress.Sku.BASIC,
                inner.ipConfiguration() == null ? null : inner.ipConfiguration().id(), ipv6);
    }

    static VirtualNetwork toVirtualNetwork(VirtualNetworkInner inner) {
        List<Subnet> subnets = nullSafe(inner.subnets()).stream().map(NetworkMapper::toSubnet).toList();
        return new VirtualNetwork(inner.id(), nameOf(inner.name(), inner.id()), subnets);
    }

    private static Subnet toSubnet(SubnetInner inner) {
        return new Subnet(inner.id(), inner.name(), union(inner.addressPrefix(), inner.addressPrefixes()),
                inner.networkSecurityGroup() == null ? null : inner.networkSecurityGroup().id());
    }

    /** ARM's singular and plural fields together, blanks dropped: both may be present, one of them empty. */
    static List<String> union(String single, List<String> plural) {
        return Stream.concat(Stream.ofNullable(single), nullSafe(plural).stream())
                .filter(value -> value != null && !value.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return nullSafe(items).stream().map(id).filter(Objects::nonNull).toList();
    }

    private static String idOf(SubResource resource) {
        return resource == null ? null : resource.id();
    }

    private static String nameOf(String name, String id) {
        return name != null ? name : ArmIds.lastSegment(id);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
