package dev.portcullis.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.persistence.inventory.JitPolicyEntity;
import dev.portcullis.persistence.inventory.VirtualMachineEntity;
import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facts remediation reads for a VM: its columns, subscription, ARM endpoint, open checks and policy entry. */
@QuarkusTest
class RemediationQueriesTest {

    @Inject
    TestEstate estate;

    @Inject
    RemediationQueries remediation;

    private RowBuilder subscription;
    private RowBuilder vm;

    @BeforeEach
    void seed() {
        estate.reset();
        RowBuilder tenant = estate.tenant("Contoso").set("resource_manager_endpoint", "https://arm.example.test/")
                .insert();
        subscription = estate.subscription(tenant.get("id"), "Production").insert();
        vm = estate.vm(subscription.get("id"), subscription.get("subscription_id"), "rg-web", "web-1")
                .set("location", "japaneast").set("os_type", "Windows")
                .json("exposures", "[{\"port\": 3389, \"publicIp\": \"203.0.113.10\", \"nsgId\": \"/nsg-1\","
                        + " \"nsgName\": \"nsg-1\", \"ruleName\": \"rdp\", \"priority\": 100, \"jitRule\": false,"
                        + " \"place\": \"NIC\", \"path\": \"nic-1\"}]")
                .json("network_interfaces", "[{\"id\": \"/nic-1\", \"name\": \"nic-1\", \"nsgId\": \"/nsg-1\","
                        + " \"subnetNsgIds\": []}]")
                .insert();
    }

    private String vmId() {
        return vm.get("resource_id");
    }

    @Test
    void aVmsFactsCarryItsColumnsSubscriptionEndpointAndOpenChecksInOrder() {
        estate.finding(subscription.get("id"), "vm_nsg_no_open_rdp", vmId()).insert();
        estate.finding(subscription.get("id"), "vm_jit_enabled", vmId()).insert();
        estate.finding(subscription.get("id"), "vm_jit_max_duration", vmId()).set("status", "RESOLVED").insert();

        RemediationFacts facts = remediation.find(TenantScope.ALL, vmId().toUpperCase(), false).orElseThrow();

        assertThat(facts.subscriptionId()).isEqualTo(subscription.get("subscription_id"));
        assertThat(facts.armEndpoint()).isEqualTo("https://arm.example.test/");
        assertThat(facts.vm()).contains(new RemediationFacts.Vm(vmId(), "web-1", "rg-web", "japaneast", "Windows",
                List.of(new VirtualMachineEntity.ExposureColumn(3389, "203.0.113.10", "/nsg-1", "nsg-1", "rdp", 100,
                        false, "NIC", "nic-1")),
                List.of(new VirtualMachineEntity.NicColumn("/nic-1", "nic-1", "/nsg-1", List.of()))));
        assertThat(facts.openCheckIds()).containsExactly("vm_jit_enabled", "vm_nsg_no_open_rdp");
        assertThat(facts.policy()).isEmpty();
    }

    @Test
    void aVmWithoutFindingsExposuresOrInterfacesHasNoneOfThem() {
        RowBuilder bare = estate.vm(subscription.get("id"), subscription.get("subscription_id"), "rg-web", "db-1")
                .insert();

        RemediationFacts facts = remediation.find(TenantScope.ALL, bare.get("resource_id"), false).orElseThrow();

        assertThat(facts.openCheckIds()).isEmpty();
        assertThat(facts.vm().orElseThrow().exposures()).isEmpty();
        assertThat(facts.vm().orElseThrow().nics()).isEmpty();
    }

    @Test
    void thePolicyOfTheVmsGroupAndLocationCarriesOnlyTheVmsOwnEntry() {
        estate.jitPolicy(subscription.get("id"), "RG-Web", "JapanEast", "default")
                .json("virtual_machines", "[{\"id\": \"/other\", \"ports\": [], \"publicIpAddress\": null},"
                        + " {\"id\": \"" + vmId().toUpperCase() + "\", \"ports\": [{\"number\": 3389,"
                        + " \"protocol\": \"*\", \"allowedSources\": [\"*\"], \"maxRequestAccessDuration\": \"PT3H\"}],"
                        + " \"publicIpAddress\": \"203.0.113.10\"}]")
                .insert();

        Optional<RemediationFacts.Policy> policy = remediation.find(TenantScope.ALL, vmId(), false).orElseThrow()
                .policy();

        assertThat(policy).contains(new RemediationFacts.Policy("default", "RG-Web", "JapanEast", List.of(
                new JitPolicyEntity.VmColumn(vmId().toUpperCase(), List.of(new VirtualMachineEntity.JitPortColumn(
                        3389, "*", List.of("*"), "PT3H")), "203.0.113.10"))));
    }

    @Test
    void aPolicyThatDoesNotNameTheVmHasNoEntryForIt() {
        estate.jitPolicy(subscription.get("id"), "rg-web", "japaneast", "default").insert();

        assertThat(remediation.find(TenantScope.ALL, vmId(), false).orElseThrow().policy())
                .contains(new RemediationFacts.Policy("default", "rg-web", "japaneast", List.of()));
    }

    @Test
    void aVmOfAnotherTenantHasNoFacts() {
        assertThat(remediation.find(TenantScope.of(Set.of(UUID.randomUUID())), vmId(), false)).isEmpty();
    }
}
