package dev.portcullis.engine.catalogue.vm_jit_source_restricted;

import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.port;
import static dev.portcullis.engine.testing.InventoryBuilder.vmNamed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.testing.InventoryBuilder;
import dev.portcullis.engine.testing.InventoryBuilder.VmBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vm_jit_source_restricted}: no JIT port lets a requester open it to any source ({@code *}, {@code Any},
 * {@code Internet}, {@code 0.0.0.0/0}, {@code ::/0}, in the singular field or any plural entry); a port with no
 * source recorded cannot be shown to be restricted.
 */
class VmJitSourceRestrictedCheckTest {

    private static final String VM = "web";

    private static CheckResult evaluate(VmBuilder vm) {
        SubscriptionInventory built = InventoryBuilder.anInventory().withVm(vm).build();
        return new VmJitSourceRestrictedCheck().evaluate(vmNamed(built, VM), new InventoryIndex(built, AT),
                EvaluationSettings.defaults());
    }

    @Test
    void aVmWithoutJitRulesIsNotApplicable() {
        CheckResult result = evaluate(aLinuxVm(VM));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).isEqualTo("The VM has no JIT port rules.");
    }

    @Test
    void specificAddressesAndRangesPass() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(port(22, "PT1H", "10.0.0.0/8", "203.0.113.7",
                "2001:db8::/32")));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).isEqualTo("Every JIT port restricts its allowed sources.");
    }

    @ParameterizedTest(name = "source ''{0}'' is any source")
    @ValueSource(strings = {"*", "Any", "ANY", "Internet", "internet", "0.0.0.0/0", "::/0", " * "})
    void everySpellingOfAnySourceFails(String source) {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(port(22, "PT1H", source)));

        assertThat(result.outcome()).as(source).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).as(source).isEqualTo("JIT allows any source on port 22 allows '" + source + "'.");
    }

    @Test
    void oneAnySourceAmongThePluralEntriesFails() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(port(22, "PT1H", "10.0.0.0/8", "203.0.113.7", "*")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("22 allows '*'");
    }

    @Test
    void aPortWithNoSourceRecordedFails() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(port(22, "PT1H")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("22 (no allowed source recorded, so it cannot be shown to be restricted)");
    }

    @Test
    void onlyTheOpenPortsAreNamed() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(port(22, "PT1H", "10.0.0.0/8"), port(3389, "PT1H", "Any"),
                port(5985, "PT1H", "0.0.0.0/0")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("JIT allows any source on port 3389 allows 'Any'; 5985 allows"
                + " '0.0.0.0/0'.");
    }

    @Test
    void aWideButNotUniversalRangeIsNotAnySource() {
        assertThat(VmJitSourceRestrictedCheck.isAnySource("0.0.0.0/1")).isFalse();
        assertThat(VmJitSourceRestrictedCheck.isAnySource("10.0.0.0/8")).isFalse();
        assertThat(VmJitSourceRestrictedCheck.isAnySource("Internet ")).isTrue();
    }
}
