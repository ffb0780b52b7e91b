package dev.portcullis.web.tenants;

import dev.portcullis.engine.remediation.ScriptText;
import dev.portcullis.scanner.connection.InvalidFieldException;
import dev.portcullis.scanner.tenant.ManagementGroupId;
import java.util.List;
import java.util.Optional;

/**
 * The Azure CLI commands that create a least-privilege identity for Portcullis: an app registration with a secret or
 * a certificate, a managed identity federated with a Kubernetes service account, or the identity of the host
 * Portcullis runs on (its managed identity, or the account its Azure CLI is signed in with); each granted only Reader
 * and Security Reader at the scope to scan (a management group, or each subscription).
 */
public final class IdentitySetup {

    static final String NAME = "portcullis-scanner";
    /** The scope when no management group is given: a placeholder the operator replaces before running. */
    static final String SUBSCRIPTION_SCOPE = "/subscriptions/<subscription id>";
    private static final String MANAGEMENT_GROUP_SCOPE = "/providers/Microsoft.Management/managementGroups/";

    private IdentitySetup() {
    }

    /** One way to set up the identity, with its commands ready to run once the placeholders are filled in. */
    public record Recipe(String id, String credentialType, String commands) {
    }

    /**
     * The recipes for a scope made by {@link #scope}.
     *
     * @throws IllegalArgumentException for any other scope: nothing else is pasted into a command
     */
    static List<Recipe> recipes(String scope) {
        String scopeWord = scopeWord(scope);
        String roles = roles("<appId>", scopeWord);
        return List.of(
                new Recipe("secret", "client_secret", "# an app registration with a client secret; no role yet\n"
                        + "az ad sp create-for-rbac --name " + NAME + " --years 1\n"
                        + "# it prints appId (the client id), password (the secret) and tenant\n" + roles),
                new Recipe("certificate", "client_certificate", "# an app registration with a certificate; no role"
                        + " yet\naz ad sp create-for-rbac --name " + NAME + " --create-cert --years 1\n"
                        + "# paste the PEM file it names (fileWithCertAndPrivateKey): certificate and private key\n"
                        + roles),
                new Recipe("federated", "workload_identity", "# a managed identity for the Portcullis pod on AKS"
                        + " (workload identity)\naz identity create --name " + NAME
                        + " --resource-group <resource group>\n"
                        + "az identity federated-credential create --name portcullis --identity-name " + NAME
                        + " --resource-group <resource group> \\\n"
                        + "  --issuer \"$(az aks show --name <cluster> --resource-group <cluster resource group>"
                        + " --query oidcIssuerProfile.issuerUrl -o tsv)\" \\\n"
                        + "  --subject system:serviceaccount:<namespace>:<service account>"
                        + " --audiences api://AzureADTokenExchange\n"
                        + "# the identity's clientId is the client id; the token file is $AZURE_FEDERATED_TOKEN_FILE\n"
                        + roles("<clientId of the identity>", scopeWord)),
                new Recipe("managed", "managed_identity", "# the managed identity of the VM Portcullis runs on: its"
                        + " principal id is printed by\naz vm identity show --name <vm> --resource-group <resource group>"
                        + " --query principalId -o tsv\n# for a user-assigned identity, give its client id in the form\n"
                        + roles("<principalId of the identity>", scopeWord)),
                new Recipe("cli", "azure_cli", "# the account signed in with az login where Portcullis runs (local"
                        + " use); its object id is printed by\naz ad signed-in-user show --query id -o tsv\n"
                        + roles("<object id of the account>", scopeWord)));
    }

    /** The recipe for one credential type and a scope made by {@link #scope}; none for a type needing no identity. */
    static Optional<Recipe> recipe(String scope, String credentialType) {
        return recipes(scope).stream().filter(r -> r.credentialType().equals(credentialType)).findFirst();
    }

    /**
     * The scope to grant at: the management group when one is given (surrounding blanks ignored), else
     * {@link #SUBSCRIPTION_SCOPE}.
     *
     * @throws InvalidFieldException naming {@value ManagementGroupId#FIELD} when the id given is not a management
     *                               group id ({@link ManagementGroupId}): it never reaches a command
     */
    static String scope(String managementGroupId) {
        if (managementGroupId == null || managementGroupId.isBlank()) {
            return SUBSCRIPTION_SCOPE;
        }
        return MANAGEMENT_GROUP_SCOPE + ManagementGroupId.require(managementGroupId.trim());
    }

    /** The scope as a bash word: the placeholder as it is, a management group quoted when it holds ( or ). */
    private static String scopeWord(String scope) {
        if (SUBSCRIPTION_SCOPE.equals(scope)) {
            return scope;
        }
        if (scope != null && scope.startsWith(MANAGEMENT_GROUP_SCOPE)
                && ManagementGroupId.isValid(scope.substring(MANAGEMENT_GROUP_SCOPE.length()))) {
            return ScriptText.bashWord(scope);
        }
        throw new IllegalArgumentException("Not a scope made by IdentitySetup.scope");
    }

    private static String roles(String assignee, String scopeWord) {
        return "az role assignment create --assignee " + assignee + " --role Reader --scope " + scopeWord + "\n"
                + "az role assignment create --assignee " + assignee + " --role \"Security Reader\" --scope "
                + scopeWord;
    }
}
