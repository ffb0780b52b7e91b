package dev.portcullis.web.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.scanner.connection.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentitySetupTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"x --role Owner", "$(curl evil)", "`id`", "root;id", "a'b", "a\"b", "a\nb", "a\u2028b",
            "a b", "a/b", "contoso&&id", "${x}", "\u00e9quipe", "0123456789012345678901234567890123456789"
            + "01234567890123456789012345678901234567890123456789x"})
    void aManagementGroupIdThatIsNotOneIsRefusedBeforeItReachesACommand(String managementGroupId) {
        assertThatThrownBy(() -> IdentitySetup.scope(managementGroupId)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("managementGroupId");
    }

    /** Parentheses are valid in a management group id and a syntax error in bare bash words: they are quoted. */
    @Test
    void aManagementGroupIdWithParenthesesIsAcceptedAndQuotedSoItsCommandsAreValidBash() throws Exception {
        String scope = IdentitySetup.scope(" contoso-prod_(eu).1 ");

        assertThat(scope).isEqualTo("/providers/Microsoft.Management/managementGroups/contoso-prod_(eu).1");
        for (IdentitySetup.Recipe recipe : IdentitySetup.recipes(scope)) {
            String roles = recipe.commands().lines().filter(l -> l.startsWith("az role assignment create"))
                    .reduce("", (a, b) -> a + b + "\n");
            assertThat(roles).as(recipe.id()).contains("--role Reader --scope "
                    + "'/providers/Microsoft.Management/managementGroups/contoso-prod_(eu).1'");
            assertThat(bashSyntax(roles)).as(roles).isEmpty();
        }
        assertThat(IdentitySetup.recipes(IdentitySetup.scope("contoso-root")).get(0).commands())
                .as("a plain id stays a bare word, as before")
                .contains("--role Reader --scope /providers/Microsoft.Management/managementGroups/contoso-root\n");
    }

    @Test
    void eachCredentialTypeThatSignsInHasItsOwnRecipeAndNoSignInHasNone() {
        String scope = IdentitySetup.scope(null);

        assertThat(IdentitySetup.recipe(scope, "client_secret")).get().extracting(IdentitySetup.Recipe::commands)
                .asString().contains("az ad sp create-for-rbac --name portcullis-scanner --years 1");
        assertThat(IdentitySetup.recipe(scope, "client_certificate")).get().extracting(IdentitySetup.Recipe::commands)
                .asString().contains("--create-cert");
        assertThat(IdentitySetup.recipe(scope, "workload_identity")).get().extracting(IdentitySetup.Recipe::commands)
                .asString().contains("az identity federated-credential create");
        assertThat(IdentitySetup.recipe(scope, "managed_identity")).get().extracting(IdentitySetup.Recipe::commands)
                .asString().contains("az vm identity show").contains("--role Reader");
        assertThat(IdentitySetup.recipe(scope, "azure_cli")).get().extracting(IdentitySetup.Recipe::commands)
                .asString().contains("az ad signed-in-user show").contains("--role \"Security Reader\"");
        assertThat(IdentitySetup.recipe(scope, "none")).isEmpty();
    }

    @Test
    void recipesRefuseAScopeThatScopeDidNotMake() {
        assertThatThrownBy(() -> IdentitySetup.recipes("/providers/Microsoft.Management/managementGroups/x; id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentitySetup.recipes("/subscriptions/x --role Owner"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String bashSyntax(String script) throws Exception {
        Path file = dir.resolve("roles.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return bash.waitFor() == 0 ? "" : output;
    }
}
