package dev.portcullis.simulator.entra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JWT client assertion as the token endpoint receives it: its claims, and whether a key signed it (RS256). */
public final class ClientAssertion {

    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final String signedPart;
    private final byte[] signature;
    private final String header;
    private final String payload;

    private ClientAssertion(String signedPart, byte[] signature, String header, String payload) {
        this.signedPart = signedPart;
        this.signature = signature;
        this.header = header;
        this.payload = payload;
    }

    /** @throws IllegalArgumentException when it is not three Base64url parts */
    static ClientAssertion parse(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT");
        }
        return new ClientAssertion(parts[0] + "." + parts[1], DECODE.decode(parts[2]),
                new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8),
                new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8));
    }

    String issuer() {
        return claim(payload, "iss");
    }

    String subject() {
        return claim(payload, "sub");
    }

    boolean expired() {
        Matcher exp = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)").matcher(payload);
        return exp.find() && Instant.ofEpochSecond(Long.parseLong(exp.group(1))).isBefore(Instant.now());
    }

    boolean signedBy(PublicKey key) {
        if (!"RS256".equals(claim(header, "alg"))) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String claim(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }
}
