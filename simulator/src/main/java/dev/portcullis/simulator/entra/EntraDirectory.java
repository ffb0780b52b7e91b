package dev.portcullis.simulator.entra;

import java.security.SecureRandom;
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
    private final Set<String> issued = ConcurrentHashMap.newKeySet();

    /** Registers an app in a tenant with a client secret. */
    public void registerClientSecret(String tenantId, String clientId, String secret) {
        secrets.computeIfAbsent(key(tenantId), t -> new ConcurrentHashMap<>()).put(key(clientId), secret);
    }

    public void clear() {
        secrets.clear();
        issued.clear();
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
