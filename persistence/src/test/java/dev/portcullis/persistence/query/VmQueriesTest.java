package dev.portcullis.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The VM list and a VM's page read every column of the inventory under its own name, nulls included. */
@QuarkusTest
class VmQueriesTest {

    @Inject
    TestEstate estate;

    @Inject
    VmQueries vms;

    private RowBuilder tenant;
    private RowBuilder subscription;

    @BeforeEach
    void seed() {
        estate.reset();
        tenant = estate.tenant("Contoso").insert();
        subscription = estate.subscription(tenant.get("id"), "Production").insert();
    }

    private RowBuilder vm(String name) {
        return estate.vm(subscription.get("id"), subscription.get("subscription_id"), "rg-web", name);
    }

    @Test
    void aListedVmCarriesEachOfItsColumnsAndCountsOnlyItsOpenFindings() {
        RowBuilder web = vm("web-1").set("location", "westeurope").set("os_type", "Windows")
                .json("public_ips", "[\"203.0.113.10\"]").set("jit_status", "NOT_CONFIGURED")
                .json("exposed_ports", "[22, 3389]")
                .json("jit_ports", "[{\"number\": 22, \"protocol\": \"TCP\", \"allowedSources\": [\"10.0.0.0/8\"],"
                        + " \"maxRequestAccessDuration\": \"PT3H\"}]")
                .insert();
        String webId = web.get("resource_id");
        estate.finding(subscription.get("id"), "vm_jit_enabled", webId).insert();
        estate.finding(subscription.get("id"), "vm_nsg_no_open_ssh", webId).insert();
        estate.finding(subscription.get("id"), "vm_jit_max_duration", webId).set("status", "RESOLVED").insert();

        List<VmView> page = vms.items(TenantScope.ALL, VmFilter.any(), 0, 10);

        assertThat(page).containsExactly(new VmView(webId, "web-1", "rg-web", "westeurope",
                subscription.get("subscription_id"), "Windows", List.of("203.0.113.10"), "NOT_CONFIGURED",
                List.of(22, 3389), List.of(new VmView.JitPortView(22, "TCP", List.of("10.0.0.0/8"), "PT3H")), 2));
    }

    @Test
    void aVmNotYetEvaluatedForExposureIsListedWithoutExposedPortsOrLocation() {
        vm("db-1").set("location", null).set("exposed_ports", null).insert();

        VmView listed = vms.items(TenantScope.ALL, VmFilter.any(), 0, 10).get(0);

        assertThat(listed.exposedPorts()).isNull();
        assertThat(listed.location()).isNull();
        assertThat(listed.publicIps()).isEmpty();
        assertThat(listed.jitPorts()).isEmpty();
        assertThat(listed.openFindings()).isZero();
    }

    @Test
    void aVmsPageCarriesItsSubscriptionTenantTagsExposuresInterfacesAndTimes() {
        Instant firstSeen = Instant.parse("2026-03-01T08:00:00.123456Z");
        Instant updated = Instant.parse("2026-03-05T09:30:00Z");
        RowBuilder web = vm("Web-1").set("first_seen_at", firstSeen).set("updated_at", updated)
                .json("public_ips", "[\"203.0.113.10\"]").json("exposed_ports", "[22]")
                .json("tags", "{\"env\": \"prod\"}")
                .json("exposures", "[{\"port\": 22, \"publicIp\": \"203.0.113.10\", \"nsgId\": null,"
                        + " \"nsgName\": null, \"ruleName\": null, \"priority\": null, \"jitRule\": false,"
                        + " \"place\": \"NIC\", \"path\": \"nic-1\"}]")
                .json("network_interfaces", "[{\"id\": \"/nic-1\", \"name\": \"nic-1\", \"nsgId\": \"/nsg-1\","
                        + " \"subnetNsgIds\": [\"/nsg-2\"]}]")
                .insert();
        estate.finding(subscription.get("id"), "vm_jit_enabled", web.get("resource_id")).insert();

        VmDetail detail = vms.find(TenantScope.ALL, ((String) web.get("resource_id")).toUpperCase()).orElseThrow();

        assertThat(detail.vm().name()).isEqualTo("Web-1");
        assertThat(detail.vm().subscriptionId()).isEqualTo(subscription.get("subscription_id"));
        assertThat(detail.vm().exposedPorts()).containsExactly(22);
        assertThat(detail.vm().openFindings()).isEqualTo(1);
        assertThat(detail.subscriptionName()).isEqualTo("Production");
        assertThat(detail.tenantRef()).isEqualTo(tenant.get("id"));
        assertThat(detail.tags()).isEqualTo(Map.of("env", "prod"));
        assertThat(detail.exposures()).containsExactly(new VmDetail.Exposure(22, "203.0.113.10", null, null, null,
                null, false, "NIC", "nic-1"));
        assertThat(detail.networkInterfaces()).containsExactly(new VmDetail.Nic("/nic-1", "nic-1", "/nsg-1",
                List.of("/nsg-2")));
        assertThat(detail.firstSeenAt()).isEqualTo(firstSeen);
        assertThat(detail.updatedAt()).isEqualTo(updated);
        assertThat(detail.jitRequests()).isEmpty();
    }

    @Test
    void aVmsPageWithoutExposuresOrInterfacesShowsNoneRatherThanNothing() {
        RowBuilder db = vm("db-1").set("exposures", null).set("network_interfaces", null).insert();

        VmDetail detail = vms.find(TenantScope.ALL, db.get("resource_id")).orElseThrow();

        assertThat(detail.tags()).isEmpty();
        assertThat(detail.exposures()).isEmpty();
        assertThat(detail.networkInterfaces()).isEmpty();
    }

    @Test
    void aVmOfAnotherTenantIsNeitherListedNorFound() {
        RowBuilder db = vm("db-1").insert();
        TenantScope otherTenant = TenantScope.of(Set.of(UUID.randomUUID()));

        assertThat(vms.find(otherTenant, db.get("resource_id"))).isEmpty();
        assertThat(vms.list(otherTenant, VmFilter.any(), 0, 10).items()).isEmpty();
    }

    @Test
    void jitStatusesAreCountedBySubscription() {
        vm("a").set("jit_status", "PROTECTED").insert();
        vm("b").set("jit_status", "PROTECTED").insert();
        vm("c").set("jit_status", "UNPROTECTED").insert();

        assertThat(vms.jitStatusCounts(TenantScope.ALL)).isEqualTo(Map.of(subscription.get("subscription_id"),
                Map.of("PROTECTED", 2L, "UNPROTECTED", 1L)));
    }
}
