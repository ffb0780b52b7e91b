package dev.portcullis.engine.catalogue.vm_nsg_attached;

import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.aNic;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static dev.portcullis.engine.testing.InventoryBuilder.vmNamed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.testing.InventoryBuilder;
import org.junit.jupiter.api.Test;

/** {@code vm_nsg_attached}: every NIC of the VM is filtered by an NSG, on itself or on its subnet. */
class VmNsgAttachedCheckTest {

    private static final String VM = "web";

    private static CheckResult evaluate(InventoryBuilder inventory) {
        SubscriptionInventory built = inventory.build();
        return new VmNsgAttachedCheck().evaluate(vmNamed(built, VM), new InventoryIndex(built, AT),
                EvaluationSettings.defaults());
    }

    @Test
    void anNsgOnTheNicPasses() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).isEqualTo("Every network interface is filtered by an NSG.");
    }

    @Test
    void anNsgOnTheSubnetAloneFiltersTheNic() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withSubnetNsgOnly()));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aNicWithoutNsgOnItselfOrItsSubnetFailsAndIsNamed() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withoutNsg()));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("No NSG on network interface(s) web-nic nor on their subnets.");
    }

    @Test
    void onlyTheUnfilteredNicOfTwoIsNamed() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withNic(aNic("web-nic2"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("network interface(s) web-nic2 nor").doesNotContain("web-nic,");
    }

    @Test
    void aSecondNicInTheSameFilteredSubnetIsFilteredToo() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withSubnetNsgOnly().withNic(aNic("web-nic2"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void twoUnfilteredNicsAreBothNamed() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withoutNsg().withNic(aNic("web-nic2"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("web-nic, web-nic2");
    }

    @Test
    void aVmNoneOfWhoseNicsWasListedIsNotApplicable() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withoutNsg().nicsNotListed()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).contains("No network interface");
    }
}
