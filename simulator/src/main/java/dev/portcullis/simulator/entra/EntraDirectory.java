package dev.portcullis.simulator.entra;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's Entra ID: app registrations with their client secrets, per tenant, and the access tokens it has
 * issued. ARM requests that carry a bearer token must carry one issued here.
 */
public final class EntraDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Map<String, String>> secrets = new ConcurrentHashMap<>();
    private final Map<String, Map<String, PublicKey>> certificates = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> federated = new ConcurrentHashMap<>();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Set<String> expiredSecrets = ConcurrentHashMap.newKeySet();

    /** Registers an app in a tenant with a client secret. */
    public void registerClientSecret(String tenantId, String clientId, String secret) {
        secrets.computeIfAbsent(key(tenantId), t -> new ConcurrentHashMap<>()).put(key(clientId), secret);
    }

    /** Makes an app's client secret expired, as Entra answers once the secret's end date has passed. */
    public void expireClientSecret(String tenantId, String clientId) {
        expiredSecrets.add(key(tenantId) + "/" + key(clientId));
    }

    /** Registers an app in a tenant with a certificate: its client assertions must be signed by the certificate's key. */
    public void registerCertificate(String tenantId, String clientId, X509Certificate certificate) {
        certificates.computeIfAbsent(key(tenantId), t -> new ConcurrentHashMap<>())
                .put(key(clientId), certificate.getPublicKey());
    }

    /**
     * Registers a federated credential: a client assertion issued by {@code issuer} for {@code subject} (a workload
     * identity's service account token) stands for the app. The simulator checks the claims, not the issuer's
     * signature.
     */
    public void registerFederatedCredential(String tenantId, String clientId, String issuer, String subject) {
        federated.computeIfAbsent(key(tenantId), t -> new ConcurrentHashMap<>())
                .put(key(clientId), issuer + "\n" + subject);
    }

    public void clear() {
        secrets.clear();
        certificates.clear();
        federated.clear();
        issued.clear();
        expiredSecrets.clear();
    }

    /** A client-credentials request with a signed assertion (certificate) or a federated token (workload identity). */
    public Grant clientAssertion(String tenantId, String clientId, ClientAssertion assertion) {
        PublicKey key = certificates.getOrDefault(key(tenantId), Map.of()).get(key(String.valueOf(clientId)));
        String expectedFederation = federated.getOrDefault(key(tenantId), Map.of()).get(key(String.valueOf(clientId)));
        if (key == null && expectedFederation == null) {
            return new Grant(null, "unauthorized_client", "AADSTS700016: Application with identifier '" + clientId
                    + "' was not found in the directory '" + tenantId + "'.");
        }
        if (assertion.expired()) {
            return new Grant(null, "invalid_client", "AADSTS700024: Client assertion is not within its valid time"
                    + " range.");
        }
        if (key != null) {
            if (!assertion.signedBy(key) || !String.valueOf(clientId).equalsIgnoreCase(assertion.subject())) {
                return new Grant(null, "invalid_client", "AADSTS700027: The certificate with identifier used to"
                        + " sign the client assertion is not registered on application.");
            }
        } else if (!expectedFederation.equals(assertion.issuer() + "\n" + assertion.subject())) {
            return new Grant(null, "invalid_client", "AADSTS70021: No matching federated identity record found for"
                    + " presented assertion.");
        }
        return issue();
    }

    /** What a client-credentials request gets: a token, or Entra's error code and description. */
    public record Grant(String accessToken, String error, String description) {
    }

    public Grant clientCredentials(String tenantId, String clientId, String secret) {
        Map<String, String> apps = secrets.get(key(tenantId));
        if (apps == null) {
            return new Grant(null, "invalid_request", "AADSTS90002: Tenant '" + tenantId + "' not found.");
        }
        String expected = apps.get(key(String.valueOf(clientId)));
        if (expected == null) {
            return new Grant(null, "unauthorized_client", "AADSTS700016: Application with identifier '" + clientId
                    + "' was not found in the directory '" + tenantId + "'.");
        }
        if (!expected.equals(secret)) {
            return new Grant(null, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }
        if (expiredSecrets.contains(key(tenantId) + "/" + key(clientId))) {
            return new Grant(null, "invalid_client", "AADSTS7000222: The provided client secret keys for app '"
                    + clientId + "' are expired.");
        }
        return issue();
    }

    private Grant issue() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = "sim." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        issued.add(token);
        return new Grant(token, null, null);
    }

    public boolean isIssued(String token) {
        return issued.contains(token);
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
