package dev.portcullis.simulator.entra;

import dev.portcullis.simulator.json.JsonWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entra ID's token endpoint, {@code POST /{tenant}/oauth2/v2.0/token}, for the client-credentials grant with a client
 * secret, a certificate-signed client assertion or a federated token, answering as Entra does (JSON with {@code access_token}, or {@code error} and {@code error_description}).
 */
public final class TokenEndpoint {

    private static final Pattern PATH = Pattern.compile("^/([^/]+)/oauth2/v2\\.0/token$");
    private static final int LIFETIME_SECONDS = 3599;
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final EntraDirectory directory;

    public TokenEndpoint(EntraDirectory directory) {
        this.directory = directory;
    }

    /** An answer: status and JSON body. */
    public record Answer(int status, String body) {
    }

    /** The answer when {@code path} is the token endpoint; empty for any other path. */
    public Optional<Answer> answer(String method, String path, String body) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (!"POST".equals(method)) {
            return Optional.of(error(405, "invalid_request", "AADSTS900561: The endpoint only accepts POST requests."));
        }
        Map<String, String> form = form(body);
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return Optional.of(error(400, "unsupported_grant_type", "AADSTS70003: The simulator supports the"
                    + " client_credentials grant only."));
        }
        EntraDirectory.Grant grant;
        if (JWT_BEARER.equals(form.get("client_assertion_type")) && form.get("client_assertion") != null) {
            try {
                grant = directory.clientAssertion(matcher.group(1), form.get("client_id"),
                        ClientAssertion.parse(form.get("client_assertion")));
            } catch (IllegalArgumentException e) {
                return Optional.of(error(400, "invalid_request", "AADSTS50027: JWT token is invalid or malformed."));
            }
        } else if (form.get("client_secret") != null) {
            grant = directory.clientCredentials(matcher.group(1), form.get("client_id"), form.get("client_secret"));
        } else {
            return Optional.of(error(401, "invalid_client", "AADSTS7000218: The request body must contain the"
                    + " following parameter: 'client_assertion' or 'client_secret'."));
        }
        if (grant.accessToken() == null) {
            int status = "invalid_request".equals(grant.error()) ? 400 : 401;
            return Optional.of(error(status, grant.error(), grant.description()));
        }
        return Optional.of(new Answer(200, "{\"token_type\": \"Bearer\", \"expires_in\": " + LIFETIME_SECONDS
                + ", \"ext_expires_in\": " + LIFETIME_SECONDS + ", \"access_token\": "
                + quote(grant.accessToken()) + "}"));
    }

    private static Answer error(int status, String code, String description) {
        return new Answer(status, "{\"error\": " + quote(code) + ", \"error_description\": "
                + quote(description) + ", \"error_codes\": [], \"timestamp\": \"\"}");
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder();
        JsonWriter.appendQuoted(out, value);
        return out.toString();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
