package dev.portcullis.engine.catalogue.vm_public_ip_basic_sku;

import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.aNic;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static dev.portcullis.engine.testing.InventoryBuilder.publicIpId;
import static dev.portcullis.engine.testing.InventoryBuilder.vmNamed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.PublicIpAddress.Sku;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.testing.InventoryBuilder;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code vm_public_ip_basic_sku}: no NIC of the VM carries a Basic public IP; each failure names, per Basic IP, the IP
 * and the NIC IP configuration its remediation works on. (ARM's public IP without {@code sku} reaches the engine as
 * BASIC: the Azure adapter maps it so, and the check sees only BASIC or STANDARD.)
 */
class VmPublicIpBasicSkuCheckTest {

    private static final String VM = "web";

    private static CheckResult evaluate(InventoryBuilder inventory) {
        SubscriptionInventory built = inventory.build();
        return new VmPublicIpBasicSkuCheck().evaluate(vmNamed(built, VM), new InventoryIndex(built, AT),
                EvaluationSettings.defaults());
    }

    @Test
    void aVmWithoutPublicIpPasses() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).isEqualTo("No network interface of the VM carries a Basic public IP.");
        assertThat(result.subjects()).isEmpty();
    }

    @Test
    void standardPublicIpsOnEveryNicPass() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp("20.78.1.2", Sku.STANDARD)
                .withNic(aNic("web-nic2").withPublicIp("web-pip2", "20.78.1.3", Sku.STANDARD))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aBasicPublicIpFailsAndNamesWhatItsRemediationFixes() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp("20.78.1.2", Sku.BASIC)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("Basic public IP(s) web-pip (20.78.1.2) on web-nic: retired on"
                + " 30 September 2025 and open on every port that no NSG denies.");
        assertThat(result.subjects()).containsExactly(Map.of(
                "publicIpId", publicIpId("web-pip"),
                "publicIpName", "web-pip",
                "publicIpResourceGroup", "rg",
                "nicName", "web-nic",
                "nicResourceGroup", "rg",
                "ipConfigurationName", "ipconfig1"));
    }

    @Test
    void aBasicPublicIpWithoutAnAllocatedAddressIsNamedWithoutOne() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp(null, Sku.BASIC)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).startsWith("Basic public IP(s) web-pip on web-nic:");
    }

    @Test
    void theSubjectTakesEachResourceGroupFromItsOwnResourcesId() {
        String id = "/subscriptions/" + InventoryBuilder.SUB
                + "/resourceGroups/rg-edge/providers/Microsoft.Network/publicIPAddresses/pip-edge";
        CheckResult result = evaluate(anInventory().with(new PublicIpAddress(id, "pip-edge", "20.78.9.9", Sku.BASIC,
                null)).withVm(aLinuxVm(VM).namingPublicIp(id)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.subjects()).singleElement().satisfies(subject -> {
            assertThat(subject).containsEntry("publicIpId", id).containsEntry("publicIpName", "pip-edge")
                    .containsEntry("publicIpResourceGroup", "rg-edge").containsEntry("nicResourceGroup", "rg");
        });
    }

    @Test
    void aNicNamingItsPublicIpInAnotherCaseStillFindsItAndTheSubjectKeepsTheListedId() {
        CheckResult result = evaluate(anInventory().with(new PublicIpAddress(publicIpId("web-pip"), "web-pip",
                "20.78.1.2", Sku.BASIC, null))
                .withVm(aLinuxVm(VM).namingPublicIp(publicIpId("web-pip").toUpperCase(Locale.ROOT))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.subjects()).singleElement()
                .satisfies(subject -> assertThat(subject).containsEntry("publicIpId", publicIpId("web-pip")));
    }

    @Test
    void aBasicPublicIpOnASecondNicFailsBesideAStandardOneAndOnlyItIsASubject() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp("20.78.1.2", Sku.STANDARD)
                .withNic(aNic("web-nic2").withPublicIp("web-pip2", "20.78.1.3", Sku.BASIC))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("web-pip2 (20.78.1.3) on web-nic2").doesNotContain("web-pip ");
        assertThat(result.subjects()).singleElement().satisfies(subject -> assertThat(subject)
                .containsEntry("publicIpName", "web-pip2").containsEntry("nicName", "web-nic2"));
    }

    @Test
    void twoBasicPublicIpsGiveTwoSubjects() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp("20.78.1.2", Sku.BASIC)
                .withNic(aNic("web-nic2").withPublicIp("web-pip2", "20.78.1.3", Sku.BASIC))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("web-pip (20.78.1.2) on web-nic, web-pip2 (20.78.1.3) on web-nic2");
        assertThat(result.subjects()).extracting(subject -> subject.get("nicName"))
                .containsExactly("web-nic", "web-nic2");
    }

    @Test
    void aVmNoneOfWhoseNicsWasListedIsNotApplicable() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp("20.78.1.2", Sku.BASIC)
                .nicsNotListed()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).contains("No network interface");
    }

    @Test
    void aPublicIpMissingFromTheListLeavesTheVmNotEvaluated() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).unlistedPublicIp()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_EVALUATED);
        assertThat(result.detail()).contains("public IP(s) web-pip").contains("SKU is unknown");
        assertThat(result.subjects()).isEmpty();
    }

    @Test
    void aBasicPublicIpFailsEvenWhenAnotherOneIsMissingFromTheList() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).unlistedPublicIp()
                .withNic(aNic("web-nic2").withPublicIp("web-pip2", "20.78.1.3", Sku.BASIC))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.subjects()).hasSize(1);
    }

    @Test
    void aStandardPublicIpBesideOneMissingFromTheListIsStillNotEvaluated() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp("20.78.1.2", Sku.STANDARD)
                .withNic(aNic("web-nic2").withUnlistedPublicIp("web-pip2"))));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_EVALUATED);
        assertThat(result.detail()).contains("web-pip2");
    }
}
