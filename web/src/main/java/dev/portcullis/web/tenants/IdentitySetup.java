package dev.portcullis.web.tenants;

import java.util.List;

/**
 * The Azure CLI commands that create a least-privilege identity for Portcullis: an app registration with a secret or
 * a certificate, or a managed identity federated with a Kubernetes service account; each granted only Reader and
 * Security Reader at the scope to scan (a management group, or each subscription).
 */
public final class IdentitySetup {

    static final String NAME = "portcullis-scanner";

    private IdentitySetup() {
    }

    /** One way to set up the identity, with its commands ready to run once the placeholders are filled in. */
    public record Recipe(String id, String credentialType, String commands) {
    }

    static List<Recipe> recipes(String scope) {
        String roles = roles("<appId>", scope);
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
                        + roles("<clientId of the identity>", scope)));
    }

    /** The scope to grant at: the management group when one is given, else a subscription. */
    static String scope(String managementGroupId) {
        return managementGroupId == null || managementGroupId.isBlank() ? "/subscriptions/<subscription id>"
                : "/providers/Microsoft.Management/managementGroups/" + managementGroupId.trim();
    }

    private static String roles(String assignee, String scope) {
        return "az role assignment create --assignee " + assignee + " --role Reader --scope " + scope + "\n"
                + "az role assignment create --assignee " + assignee + " --role \"Security Reader\" --scope " + scope;
    }
}
