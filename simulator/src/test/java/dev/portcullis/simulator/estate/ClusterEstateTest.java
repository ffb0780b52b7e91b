package dev.portcullis.simulator.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.simulator.estate.builder.EstateBuilder;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusterEstateTest {

    private static final int SUBSCRIPTIONS = 20;
    private static final int VMS = 100;
    private static final int TENANTS = 10;
    private static Estate cluster;

    @BeforeAll
    static void build() {
        cluster = Estate.cluster(SUBSCRIPTIONS, VMS, TENANTS);
    }

    @Test
    void holdsTheAskedSubscriptionsOfTheAskedSizeEvenlyOverTheTenants() {
        assertThat(cluster.tenants()).extracting(SimTenant::tenantId)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, TENANTS).mapToObj(ClusterEstate::tenantId).toList());
        assertThat(cluster.subscriptions()).hasSize(SUBSCRIPTIONS);
        assertThat(cluster.virtualMachines()).hasSize(SUBSCRIPTIONS * VMS);
        Map<String, Long> perTenant = cluster.subscriptions().stream()
                .collect(Collectors.groupingBy(SimSubscription::tenantId, Collectors.counting()));
        assertThat(perTenant).hasSize(TENANTS).allSatisfy((tenant, count) -> assertThat(count).isEqualTo(2L));
        assertThat(cluster.subscription(ClusterEstate.subscriptionId(13)).tenantId()).isEqualTo(ClusterEstate.tenantId(3));
        for (SimSubscription subscription : cluster.subscriptions()) {
            assertThat(cluster.catalog().list(subscription.subscriptionId(), ResourceType.VIRTUAL_MACHINES)).hasSize(VMS);
            assertThat(cluster.catalog().list(subscription.subscriptionId(), ResourceType.NETWORK_INTERFACES)).hasSize(VMS);
        }
    }

    @Test
    void eachSubscriptionIsALargeEstateSubscriptionOfItsSize() {
        ArmCatalog large = Estate.large(VMS).catalog();
        String sub = ClusterEstate.subscriptionId(7);
        for (ResourceType type : ResourceType.values()) {
            assertThat(cluster.catalog().list(sub, type)).as(type.name())
                    .hasSameSizeAs(large.list(LargeEstate.LARGE_CORP_SUBSCRIPTION_ID, type));
        }
        assertThat(cluster.virtualMachinesIn(sub)).extracting(SimVm::scenario)
                .containsExactlyElementsOf(Estate.large(VMS).virtualMachines().stream().map(SimVm::scenario).toList());
    }

    @Test
    void vmNamesAndPublicAddressesAreUniqueAcrossTheEstate() {
        assertThat(cluster.virtualMachines().stream().map(SimVm::name).collect(Collectors.toSet())).hasSize(SUBSCRIPTIONS * VMS);
        assertThat(cluster.virtualMachinesIn(ClusterEstate.subscriptionId(0)).get(0).name()).isEqualTo("cl-001-00000");
        Set<String> addresses = new HashSet<>();
        int publicIps = 0;
        for (SimSubscription subscription : cluster.subscriptions()) {
            for (String json : cluster.catalog().list(subscription.subscriptionId(), ResourceType.PUBLIC_IP_ADDRESSES)) {
                publicIps++;
                addresses.add(json.replaceAll("(?s).*\"ipAddress\":\"([^\"]+)\".*", "$1"));
            }
        }
        assertThat(publicIps).isEqualTo(SUBSCRIPTIONS * LargeEstate.publicAddresses(VMS));
        assertThat(addresses).hasSize(publicIps);
    }

    @Test
    void theBenchmarksSizeFitsItsAddressesAndTooLargeOnesAreRefused() {
        for (int vms : new int[] {0, 1, 3, 4, 7, 100, 500, 1_001}) {
            assertThat(LargeEstate.publicAddresses(vms)).as(vms + " VMs")
                    .isEqualTo(Estate.large(vms).catalog().list(LargeEstate.LARGE_CORP_SUBSCRIPTION_ID,
                            ResourceType.PUBLIC_IP_ADDRESSES).size());
        }
        assertThat(200 * LargeEstate.publicAddresses(500)).isLessThan(EstateBuilder.MAX_PUBLIC_ADDRESSES);
        assertThatThrownBy(() -> Estate.cluster(6, LargeEstate.MAX_VMS, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public IPv4 addresses");
        assertThatThrownBy(() -> Estate.cluster(0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Estate.cluster(2, 10, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Estate.cluster(2, LargeEstate.MAX_VMS + 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Estate.cluster(3, 0, 1).virtualMachines()).isEmpty();
    }

    @Test
    void aSmallClusterKeepsTheLargeEstatesInvariants() {
        EstateInvariants invariants = EstateInvariants.of(Estate.cluster(3, 1_000, 2));

        invariants.loadBalancerMembershipIsWrittenOnBothSides();
        invariants.loadBalancerRulesReferenceTheirOwnFrontendsAndPools();
    }
}
