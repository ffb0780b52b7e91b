package dev.portcullis.simulator.estate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.ArmTestClient;
import org.junit.jupiter.api.Test;

/** Every id one resource names is served, whatever its case, and every served page is strict JSON. */
class DemoEstateReferencesTest {

    private final Estate estate = Estate.demo();
    private final EstateInvariants invariants = EstateInvariants.of(estate);

    @Test
    void vmsReferenceNicsThatPointBackAtThem() {
        invariants.vmsReferenceNicsThatPointBackAtThem();
    }

    @Test
    void nicsReferenceExistingNsgsSubnetsAndPublicIps() {
        invariants.nicsReferenceExistingNsgsSubnetsAndPublicIps();
    }

    @Test
    void subnetsAndNsgsReferenceEachOtherAndTheirNics() {
        invariants.subnetsAndNsgsReferenceEachOtherAndTheirNics();
    }

    @Test
    void publicIpsPointAtExistingIpConfigurations() {
        invariants.publicIpsPointAtExistingIpConfigurations();
    }

    @Test
    void loadBalancerMembershipIsWrittenOnBothSides() {
        invariants.loadBalancerMembershipIsWrittenOnBothSides();
    }

    @Test
    void loadBalancerRulesReferenceTheirOwnFrontendsAndPools() {
        invariants.loadBalancerRulesReferenceTheirOwnFrontendsAndPools();
    }

    @Test
    void firewallsAndPoliciesReferenceEachOtherAndTranslateToServedNics() {
        invariants.firewallsAndPoliciesReferenceEachOtherAndTranslateToServedNics();
    }

    @Test
    void scaleSetsReferenceServedResourcesAndListTheirInstanceNics() {
        invariants.scaleSetsReferenceServedResourcesAndListTheirInstanceNics();
    }

    @Test
    void jitPoliciesNameExistingVmsExceptTheOneDeletedOnPurpose() {
        invariants.jitPoliciesNameExistingVmsExceptTheOneDeletedOnPurpose();
    }

    @Test
    void everyServedListPageIsStrictJsonAndHoldsTheSubscriptionsResources() {
        invariants.everyServedListPageIsStrictJsonAndHoldsTheSubscriptionsResources(4);
    }

    @Test
    void theScriptNamedVmIsServedByItsIdToo() {
        SimVm vm = estate.virtualMachine("<script>alert(1)</script>");
        try (ArmSimulator sim = ArmSimulator.start(estate)) {
            ArmTestClient.Response response = new ArmTestClient(sim.baseUrl()).getPath(vm.resourceId(), "api-version=2025-04-01");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).containsEntry("name", vm.name());
        }
    }
}
