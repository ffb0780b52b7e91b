package dev.portcullis.scanner.reachability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable set of IPv4 addresses as sorted, disjoint, non-adjacent closed ranges. NSG sources are evaluated as
 * such sets, never as strings: {@code Deny 0.0.0.0/1} then {@code Allow *} still lets 128.0.0.0/1 in.
 */
public final class Ipv4Set {

    private static final long MAX = 0xFFFF_FFFFL;
    public static final Ipv4Set EMPTY = new Ipv4Set(List.of());
    public static final Ipv4Set ALL = new Ipv4Set(List.of(new long[] {0, MAX}));

    /**
     * Every public IPv4 address: all of IPv4 less 0.0.0.0/8, RFC 1918, 100.64.0.0/10 (shared), 127.0.0.0/8
     * (loopback), 169.254.0.0/16 (link-local), 224.0.0.0/4 (multicast) and 240.0.0.0/4 (reserved).
     */
    public static final Ipv4Set INTERNET = ALL
            .minus(cidr("0.0.0.0/8")).minus(cidr("10.0.0.0/8")).minus(cidr("100.64.0.0/10"))
            .minus(cidr("127.0.0.0/8")).minus(cidr("169.254.0.0/16")).minus(cidr("172.16.0.0/12"))
            .minus(cidr("192.168.0.0/16")).minus(cidr("224.0.0.0/4")).minus(cidr("240.0.0.0/4"));

    private final List<long[]> ranges;

    private Ipv4Set(List<long[]> ranges) {
        this.ranges = ranges;
    }

    /** The set of one CIDR block ({@code 10.0.0.0/8}) or one address ({@code 10.1.2.3}). */
    public static Ipv4Set cidr(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not an IPv4 address or CIDR: " + text));
    }

    /** The set of an IPv4 address or CIDR, or empty when the text is neither (an IPv6 prefix, a tag). */
    public static Optional<Ipv4Set> parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        Optional<Long> value = parseAddress(address);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int bits = 32;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (bits < 0 || bits > 32) {
                return Optional.empty();
            }
        }
        long size = 1L << (32 - bits);
        long start = value.get() & ~(size - 1) & MAX;
        return Optional.of(new Ipv4Set(List.of(new long[] {start, start + size - 1})));
    }

    static Optional<Long> parseAddress(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = (value << 8) | octet;
        }
        return Optional.of(value);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(String address) {
        return parseAddress(address).map(this::contains).orElse(false);
    }

    boolean contains(long address) {
        return ranges.stream().anyMatch(r -> r[0] <= address && address <= r[1]);
    }

    public Ipv4Set union(Ipv4Set other) {
        List<long[]> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        all.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : all) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new long[] {range[0], range[1]});
            }
        }
        return new Ipv4Set(List.copyOf(merged));
    }

    public Ipv4Set intersect(Ipv4Set other) {
        List<long[]> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < ranges.size() && j < other.ranges.size()) {
            long[] a = ranges.get(i);
            long[] b = other.ranges.get(j);
            long start = Math.max(a[0], b[0]);
            long end = Math.min(a[1], b[1]);
            if (start <= end) {
                result.add(new long[] {start, end});
            }
            if (a[1] < b[1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Ipv4Set(List.copyOf(result));
    }

    public Ipv4Set minus(Ipv4Set other) {
        List<long[]> result = new ArrayList<>();
        for (long[] range : ranges) {
            long start = range[0];
            for (long[] cut : other.ranges) {
                if (cut[1] < start || cut[0] > range[1]) {
                    continue;
                }
                if (cut[0] > start) {
                    result.add(new long[] {start, cut[0] - 1});
                }
                start = Math.max(start, cut[1] + 1);
                if (start > range[1]) {
                    break;
                }
            }
            if (start <= range[1]) {
                result.add(new long[] {start, range[1]});
            }
        }
        return new Ipv4Set(List.copyOf(result));
    }

    /** The lowest address of the set, written out, for details; empty set → null. */
    public String first() {
        return ranges.isEmpty() ? null : format(ranges.get(0)[0]);
    }

    public long size() {
        return ranges.stream().mapToLong(r -> r[1] - r[0] + 1).sum();
    }

    static String format(long address) {
        return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "."
                + (address & 0xFF);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Ipv4Set other) || other.ranges.size() != ranges.size()) {
            return false;
        }
        for (int k = 0; k < ranges.size(); k++) {
            if (ranges.get(k)[0] != other.ranges.get(k)[0] || ranges.get(k)[1] != other.ranges.get(k)[1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long hash = 17;
        for (long[] r : ranges) {
            hash = hash * 31 + r[0] * 7 + r[1];
        }
        return Long.hashCode(hash);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (long[] r : ranges) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(format(r[0])).append(r[0] == r[1] ? "" : "-" + format(r[1]));
        }
        return text.append('}').toString();
    }
}
