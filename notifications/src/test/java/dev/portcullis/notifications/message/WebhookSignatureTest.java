package dev.portcullis.notifications.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTest {

    private static final String SECRET = "portcullis-test-secret";
    private static final long T = 1_764_470_400L;
    private static final byte[] BODY = "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"type\":\"test\"}"
            .getBytes(StandardCharsets.UTF_8);
    /**
     * Computed once outside Java and pinned:
     * {@code printf '%s' '1764470400.{"id":"00000000-0000-0000-0000-000000000001","type":"test"}'
     * | openssl dgst -sha256 -hmac 'portcullis-test-secret'} (Python's hmac module gives the same).
     */
    private static final String OPENSSL_HEX = "58b21ea4f5f3fb079024b2d4655d0abe343c5272420b77af81c8f6843939bcaa";

    @Test
    void headerIsTheTimeAndTheHmacThatOpensslComputesForAKnownVector() {
        assertThat(WebhookSignature.header(SECRET, T, BODY)).isEqualTo("t=1764470400,v1=" + OPENSSL_HEX);
    }

    @Test
    void headerMatchesAnHmacSha256OfTimeDotBodyComputedWithJavaxCrypto() throws Exception {
        byte[] body = "{\"text\":\"日本語も UTF-8 のまま\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("another secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update("1800000000.".getBytes(StandardCharsets.US_ASCII));
        byte[] signed = mac.doFinal(body);

        assertThat(WebhookSignature.header("another secret", 1_800_000_000L, body))
                .isEqualTo("t=1800000000,v1=" + HexFormat.of().formatHex(signed));
    }

    @Test
    void verifyAcceptsTheHeaderWithinToleranceEitherWay() {
        String header = WebhookSignature.header(SECRET, T, BODY);

        assertThat(WebhookSignature.verify(header, BODY, SECRET, Instant.ofEpochSecond(T), Duration.ofMinutes(5)))
                .isTrue();
        assertThat(WebhookSignature.verify(header, BODY, SECRET, Instant.ofEpochSecond(T + 299),
                WebhookSignature.TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(header, BODY, SECRET, Instant.ofEpochSecond(T - 299),
                WebhookSignature.TOLERANCE)).isTrue();
    }

    @Test
    void verifyRefusesATamperedBody() {
        String header = WebhookSignature.header(SECRET, T, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("test", "tesT")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.verify(header, tampered, SECRET, Instant.ofEpochSecond(T),
                WebhookSignature.TOLERANCE)).isFalse();
    }

    @Test
    void verifyRefusesAnotherSecret() {
        String header = WebhookSignature.header(SECRET, T, BODY);

        assertThat(WebhookSignature.verify(header, BODY, SECRET + "x", Instant.ofEpochSecond(T),
                WebhookSignature.TOLERANCE)).isFalse();
    }

    @Test
    void verifyRefusesATimestampOlderThanFiveMinutes() {
        String header = WebhookSignature.header(SECRET, T, BODY);

        assertThat(WebhookSignature.verify(header, BODY, SECRET, Instant.ofEpochSecond(T + 301),
                WebhookSignature.TOLERANCE)).isFalse();
    }

    @Test
    void verifyRefusesATimestampTooFarAhead() {
        String header = WebhookSignature.header(SECRET, T, BODY);

        assertThat(WebhookSignature.verify(header, BODY, SECRET, Instant.ofEpochSecond(T - 301),
                WebhookSignature.TOLERANCE)).isFalse();
    }

    @Test
    void verifyRefusesAnOldBodyReplayedWithANewTime() {
        String old = WebhookSignature.header(SECRET, T, BODY);
        String replayed = old.replace("t=" + T, "t=" + (T + 3600));

        assertThat(WebhookSignature.verify(replayed, BODY, SECRET, Instant.ofEpochSecond(T + 3600),
                WebhookSignature.TOLERANCE)).isFalse();
    }

    @Test
    void verifyAcceptsAnyOfSeveralSignaturesWhileASecretIsReplaced() {
        String header = WebhookSignature.header("old secret", T, BODY) + ","
                + WebhookSignature.header(SECRET, T, BODY).substring(("t=" + T + ",").length());

        assertThat(WebhookSignature.verify(header, BODY, SECRET, Instant.ofEpochSecond(T),
                WebhookSignature.TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(header, BODY, "old secret", Instant.ofEpochSecond(T),
                WebhookSignature.TOLERANCE)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1=" + OPENSSL_HEX, "t=1764470400", "t=abc,v1=" + OPENSSL_HEX,
            "t=1764470400,v1=58b21ea4", "t=1764470400,t=1764470400,v1=" + OPENSSL_HEX,
            "t=-1764470400,v1=" + OPENSSL_HEX, "t=1764470400;v1=" + OPENSSL_HEX, "garbage"})
    void verifyRefusesMalformedHeaders(String header) {
        assertThat(WebhookSignature.verify(header, BODY, SECRET, Instant.ofEpochSecond(T),
                WebhookSignature.TOLERANCE)).isFalse();
    }

    @Test
    void verifyAcceptsTheWellFormedHeaderOfTheKnownVector() {
        assertThat(WebhookSignature.verify("t=1764470400,v1=" + OPENSSL_HEX.toUpperCase(), BODY, SECRET,
                Instant.ofEpochSecond(T), WebhookSignature.TOLERANCE)).isTrue();
    }
}
