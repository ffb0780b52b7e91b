package dev.portcullis.simulator.estate.builder;

/**
 * An IPv6 /64 (or wider) prefix handing out host addresses in order, after the ones Azure reserves,
 * written in the compressed form ARM uses ({@code fd00:22:0:1::4}).
 */
final class Ipv6Block {

    private static final int AZURE_RESERVED = 4;

    private final String prefix;
    private final String base;
    private int handedOut;

    /** @param prefix ending in {@code ::/n}, e.g. {@code fd00:22:0:1::/64} */
    Ipv6Block(String prefix) {
        if (!prefix.contains("::/")) {
            throw new IllegalArgumentException("an IPv6 prefix ending in ::/n: " + prefix);
        }
        this.prefix = prefix;
        this.base = prefix.substring(0, prefix.indexOf("::/") + 2);
    }

    String prefix() {
        return prefix;
    }

    String next() {
        return base + Integer.toHexString(AZURE_RESERVED + handedOut++);
    }
}
