package dev.portcullis.web.tenants;

import dev.portcullis.engine.remediation.ScriptText;
import dev.portcullis.scanner.connection.InvalidFieldException;
import dev.portcullis.scanner.tenant.ManagementGroupId;
import java.util.List;

/**
 * The Azure CLI commands that create a least-privilege identity for Portcullis: an app registration with a secret or
 * a certificate, or a managed identity federated with a Kubernetes service account; each granted only Reader and
 * Security Reader at the scope to scan (a management group, or each subscription).
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
                        + roles("<clientId of the identity>", scopeWord)));
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
