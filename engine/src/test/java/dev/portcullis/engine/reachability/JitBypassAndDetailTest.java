package dev.portcullis.engine.reachability;

import static dev.portcullis.engine.testing.Rules.allow;
import static dev.portcullis.engine.testing.Rules.deny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.inventory.PublicIpAddress.Sku;
import dev.portcullis.engine.reachability.InternetReachabilityTest.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JitBypassAndDetailTest {

    private static final String JIT_DENY = "SecurityCenter-JITRule_-1234_Deny";

    private static List<PortExposure> evaluate(Path path) {
        return path.evaluate();
    }

    @Test
    void userAllowAboveJitDenyBypassesJit() {
        List<PortExposure> exposures = evaluate(Path.nic(allow(300, "22", "Internet").named("AllowSSHFromInternet"),
                deny(1000, "22", "*").named(JIT_DENY)));

        assertThat(exposures).hasSize(1);
        assertThat(exposures.get(0).outsideJit().isEmpty()).isFalse();
        assertThat(exposures.get(0).describe(exposures.get(0).outsideJit())).contains("AllowSSHFromInternet");
    }

    @Test
    void userAllowBelowJitDenyIsShadowed() {
        assertThat(evaluate(Path.nic(deny(1000, "22", "*").named(JIT_DENY),
                allow(2000, "22", "Internet").named("AllowSSH")))).isEmpty();
    }

    @Test
    void noNsgWithBasicPublicIpBypassesJitEntirely() {
        List<PortExposure> exposures = evaluate(Path.noNsg(Sku.BASIC));

        assertThat(exposures.get(0).outsideJit()).isEqualTo(AddressSet.INTERNET_IPV4);
        assertThat(exposures.get(0).describe(exposures.get(0).reachable())).contains("Basic SKU");
    }

    @Test
    void detailNamesNsgRulePriorityAndPublicIp() {
        PortExposure exposure = evaluate(Path.nic(allow(310, "22", "0.0.0.0/0").named("ssh-anywhere"))).get(0);

        assertThat(exposure.describe(exposure.reachable())).contains("port 22/TCP").contains("nsg-nic")
                .contains("ssh-anywhere").contains("priority 310").contains("20.78.1.2").contains("0.0.0.0/0");
    }

    @Test
    void detailOfTwoLevelsNamesBothRules() {
        PortExposure exposure = evaluate(Path.both(List.of(allow(300, "22", "*").named("subnet-ssh")),
                List.of(allow(400, "22", "Internet").named("nic-ssh")))).get(0);

        assertThat(exposure.describe(exposure.reachable())).contains("nsg-subnet rule subnet-ssh")
                .contains("nsg-nic rule nic-ssh");
    }
}
