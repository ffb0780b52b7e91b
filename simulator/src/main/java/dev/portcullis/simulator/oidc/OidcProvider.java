package dev.portcullis.simulator.oidc;

import dev.portcullis.simulator.json.JsonWriter;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for single sign-on tests, under {@code /oidc}: discovery, JWKS, an authorization
 * endpoint that signs in whoever the test said is signed in at the provider, and a token endpoint that answers the
 * authorization-code grant with an RS256 ID token carrying {@code preferred_username} and {@code groups}.
 */
public final class OidcProvider {

    public static final String PATH = "/oidc";
    private static final String KEY_ID = "simulator-1";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A person signed in at the provider. */
    public record User(String username, List<String> groups) {
    }

    private record Issued(User user, String clientId, String redirectUri, String nonce) {
    }

    /** An answer: status, headers and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private final String issuer;
    private final KeyPair keys;
    private final Map<String, String> clients = new ConcurrentHashMap<>();
    private final Map<String, Issued> codes = new ConcurrentHashMap<>();
    private volatile User signedIn;

    public OidcProvider(String baseUrl) {
        this.issuer = baseUrl + PATH;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public void registerClient(String clientId, String secret) {
        clients.put(clientId, secret);
    }

    /** Who the next authorization request signs in; null signs nobody in. */
    public void signIn(User user) {
        this.signedIn = user;
    }

    public Optional<Answer> answer(String method, URI uri, String body, String authorization) {
        String path = uri.getPath();
        if (!path.startsWith(PATH + "/")) {
            return Optional.empty();
        }
        return Optional.of(switch (path.substring(PATH.length())) {
            case "/.well-known/openid-configuration" -> json(200, JsonWriter.object(json -> json
                    .field("issuer", issuer).field("authorization_endpoint", issuer + "/authorize")
                    .field("token_endpoint", issuer + "/token").field("jwks_uri", issuer + "/jwks")
                    .field("end_session_endpoint", issuer + "/logout")
                    .stringArray("response_types_supported", List.of("code"))
                    .stringArray("subject_types_supported", List.of("public"))
                    .stringArray("id_token_signing_alg_values_supported", List.of("RS256"))));
            case "/jwks" -> json(200, jwks());
            case "/authorize" -> authorize(query(uri.getRawQuery()));
            case "/token" -> "POST".equals(method) ? token(query(body), authorization)
                    : json(405, "{\"error\": \"invalid_request\"}");
            default -> json(404, "{\"error\": \"not_found\"}");
        });
    }

    private Answer authorize(Map<String, String> query) {
        User user = signedIn;
        if (user == null) {
            return json(401, "{\"error\": \"login_required\"}");
        }
        String redirect = query.get("redirect_uri");
        if (redirect == null || !clients.containsKey(query.get("client_id"))) {
            return json(400, "{\"error\": \"invalid_request\"}");
        }
        String code = random();
        codes.put(code, new Issued(user, query.get("client_id"), redirect, query.get("nonce")));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + (query.get("state") == null ? "" : "&state=" + URLEncoder.encode(query.get("state"),
                StandardCharsets.UTF_8));
        return new Answer(302, Map.of("Location", location), "");
    }

    private Answer token(Map<String, String> form, String authorization) {
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)),
                    StandardCharsets.UTF_8).split(":", 2);
            clientId = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (clientId == null || secret == null || !secret.equals(clients.get(clientId))) {
            return json(401, "{\"error\": \"invalid_client\"}");
        }
        Issued issued = codes.remove(String.valueOf(form.get("code")));
        if (!"authorization_code".equals(form.get("grant_type")) || issued == null
                || !issued.clientId().equals(clientId) || !issued.redirectUri().equals(form.get("redirect_uri"))) {
            return json(400, "{\"error\": \"invalid_grant\"}");
        }
        String client = clientId;
        long now = Instant.now().getEpochSecond();
        String idToken = sign(JsonWriter.object(json -> {
            json.field("iss", issuer).field("sub", "sub-" + issued.user().username()).field("aud", client)
                    .field("iat", now).field("exp", now + 3600).field("preferred_username", issued.user().username());
            if (issued.nonce() != null) {
                json.field("nonce", issued.nonce());
            }
            json.stringArray("groups", issued.user().groups());
        }));
        String accessToken = sign(JsonWriter.object(json -> json.field("iss", issuer)
                .field("sub", "sub-" + issued.user().username()).field("aud", client).field("iat", now)
                .field("exp", now + 3600)));
        return json(200, JsonWriter.object(json -> json.field("token_type", "Bearer").field("expires_in", 3600)
                .field("id_token", idToken).field("access_token", accessToken)));
    }

    private String sign(String payload) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        String signed = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return JsonWriter.object(json -> json.array("keys", array -> array.beginObject().field("kty", "RSA")
                .field("kid", KEY_ID).field("use", "sig").field("alg", "RS256")
                .field("n", URL.encodeToString(unsigned(key.getModulus())))
                .field("e", URL.encodeToString(unsigned(key.getPublicExponent()))).endObject()));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    private static Answer json(int status, String body) {
        return new Answer(status, Map.of(), body);
    }
}
