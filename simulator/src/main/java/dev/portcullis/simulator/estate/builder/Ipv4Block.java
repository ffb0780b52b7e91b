package dev.portcullis.simulator.estate.builder;

/** An IPv4 CIDR block handing out host addresses in order, after the 4 that Azure reserves. */
final class Ipv4Block {

    private static final int AZURE_RESERVED = 4;

    private final String cidr;
    private final long base;
    private final long size;
    private int handedOut;

    Ipv4Block(String cidr) {
        this.cidr = cidr;
        String[] parts = cidr.split("/");
        int prefix = Integer.parseInt(parts[1]);
        this.size = 1L << (32 - prefix);
        this.base = toLong(parts[0]) & ~(size - 1);
    }

    String cidr() {
        return cidr;
    }

    String next() {
        long offset = AZURE_RESERVED + handedOut;
        if (offset >= size - 1) {
            throw new IllegalStateException("no address left in " + cidr);
        }
        handedOut++;
        return toText(base + offset);
    }

    static long toLong(String address) {
        String[] octets = address.split("\\.");
        long value = 0;
        for (String octet : octets) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }

    static String toText(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }
}
