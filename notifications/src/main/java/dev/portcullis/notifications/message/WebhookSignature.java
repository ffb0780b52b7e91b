package dev.portcullis.notifications.message;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's {@code X-Portcullis-Signature}: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC keyed with the
 * destination's secret over the bytes {@code "<t>." + body}, the body exactly as sent. Signing the time with the body
 * lets a receiver refuse a replayed request: {@link #verify} accepts a header only within a tolerance of its clock
 * (receivers should use 5 minutes, {@link #TOLERANCE}). A header may carry several {@code v1} values (one per secret
 * while a secret is being replaced); one matching value is enough.
 */
public final class WebhookSignature {

    /** How far a signature's time may be from the receiver's clock, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code unixSeconds}. */
    public static String header(byte[] secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HEX.formatHex(hmac(secret, unixSeconds, body));
    }

    /** The same with the secret as text (its UTF-8 bytes are the key). */
    public static String header(String secret, long unixSeconds, byte[] body) {
        return header(secret.getBytes(StandardCharsets.UTF_8), unixSeconds, body);
    }

    /**
     * Whether a header is a valid signature of the body with the secret, made within {@code tolerance} of
     * {@code now}. Refuses a malformed header, a time too old or too far ahead, and any body or secret other than the
     * signed one; the HMACs are compared in constant time.
     */
    public static boolean verify(String header, byte[] body, byte[] secret, Instant now, Duration tolerance) {
        if (header == null || body == null || secret == null || secret.length == 0) {
            return false;
        }
        Long time = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                return false;
            }
            String key = part.substring(0, equals).trim();
            String value = part.substring(equals + 1).trim();
            if (key.equals("t")) {
                if (time != null || !value.matches("[0-9]{1,12}")) {
                    return false;
                }
                time = Long.parseLong(value);
            } else if (key.equals("v1")) {
                if (!value.matches("[0-9a-fA-F]{64}")) {
                    return false;
                }
                signatures.add(HEX.parseHex(value.toLowerCase(Locale.ROOT)));
            }
            // other keys (a later scheme, v2…) are ignored, so senders can add one before receivers know it
        }
        if (time == null || signatures.isEmpty()) {
            return false;
        }
        long age = now.getEpochSecond() - time;
        if (Math.abs(age) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, time, body);
        boolean valid = false;
        for (byte[] signature : signatures) {
            valid |= MessageDigest.isEqual(expected, signature);
        }
        return valid;
    }

    public static boolean verify(String header, byte[] body, String secret, Instant now, Duration tolerance) {
        return secret != null && verify(header, body, secret.getBytes(StandardCharsets.UTF_8), now, tolerance);
    }

    private static byte[] hmac(byte[] secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
