package dev.portcullis.simulator.estate.builder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Values that look random in payloads but are the same on every run: all derived from a seed text. */
final class Deterministic {

    private static final Instant EPOCH = Instant.parse("2024-04-01T00:00:00Z");

    private Deterministic() {
    }

    static String guid(String seed) {
        return UUID.nameUUIDFromBytes(("portcullis:" + seed).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** 32 upper-case hex digits. */
    static String hex32(String seed) {
        return guid(seed).replace("-", "").toUpperCase(Locale.ROOT);
    }

    static int number(String seed) {
        return guid(seed).hashCode();
    }

    static int pick(String seed, int bound) {
        return Math.floorMod(number(seed), bound);
    }

    /** A creation time within a year after 2024-04-01, with ARM's seven fractional digits. */
    static String timestamp(String seed) {
        Instant instant = EPOCH.plus(Duration.ofSeconds(pick(seed, 365 * 24 * 3600)));
        return instant.toString().replace("Z", ".1234567+00:00");
    }

    static String etag(String seed) {
        return "W/\"" + guid("etag:" + seed) + "\"";
    }
}
