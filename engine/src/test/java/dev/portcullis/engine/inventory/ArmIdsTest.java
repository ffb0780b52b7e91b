package dev.portcullis.engine.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArmIdsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1,"
                    + " Microsoft.Compute/virtualMachines",
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg/securityRules/r,"
                    + " Microsoft.Network/networkSecurityGroups/securityRules",
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/ss/,"
                    + " Microsoft.Compute/virtualMachineScaleSets",
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm/providers/"
                    + "Microsoft.Security/assessments/a, Microsoft.Security/assessments",
            "/subscriptions/s, Microsoft.Resources/subscriptions",
            "/subscriptions/s/resourceGroups/rg, Microsoft.Resources/resourceGroups"})
    void theResourceTypeIsTheProviderNamespaceAndItsTypeSegments(String armId, String type) {
        assertThat(ArmIds.resourceType(armId)).isEqualTo(type);
    }

    @Test
    void noIdHasNoType() {
        assertThat(ArmIds.resourceType(null)).isNull();
    }
}
