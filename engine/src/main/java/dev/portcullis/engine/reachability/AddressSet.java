package dev.portcullis.engine.reachability;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An immutable set of IP addresses of both families, as sorted, disjoint, non-adjacent closed ranges. NSG sources are
 * evaluated as such sets, never as strings: {@code Deny 0.0.0.0/1} then {@code Allow *} still lets 128.0.0.0/1 in.
 *
 * <p>The two families never mix: IPv6 addresses are numbered 0 to 2<sup>128</sup>−1 and IPv4 addresses follow them
 * (2<sup>128</sup> + the 32-bit value), so {@code 0.0.0.0/0} covers IPv4 only, {@code ::/0} IPv6 only, and an
 * IPv4-mapped IPv6 prefix ({@code ::ffff:10.0.0.1}) stays an IPv6 prefix, which is no public address at all.
 */
public final class AddressSet {

    private static final BigInteger V4_BASE = BigInteger.ONE.shiftLeft(128);
    private static final BigInteger V4_END = V4_BASE.add(BigInteger.ONE.shiftLeft(32)).subtract(BigInteger.ONE);
    private static final BigInteger V6_END = V4_BASE.subtract(BigInteger.ONE);

    public static final AddressSet EMPTY = new AddressSet(List.of());
    public static final AddressSet ALL_IPV4 = range(V4_BASE, V4_END);
    public static final AddressSet ALL_IPV6 = range(BigInteger.ZERO, V6_END);
    public static final AddressSet ALL = ALL_IPV6.union(ALL_IPV4);

    /**
     * Every public IPv4 address: all of IPv4 less 0.0.0.0/8, RFC 1918, 100.64.0.0/10 (shared), 127.0.0.0/8
     * (loopback), 169.254.0.0/16 (link-local), 224.0.0.0/4 (multicast) and 240.0.0.0/4 (reserved).
     */
    public static final AddressSet INTERNET_IPV4 = ALL_IPV4
            .minus(cidr("0.0.0.0/8")).minus(cidr("10.0.0.0/8")).minus(cidr("100.64.0.0/10"))
            .minus(cidr("127.0.0.0/8")).minus(cidr("169.254.0.0/16")).minus(cidr("172.16.0.0/12"))
            .minus(cidr("192.168.0.0/16")).minus(cidr("224.0.0.0/4")).minus(cidr("240.0.0.0/4"));

    /**
     * Every public IPv6 address: global unicast 2000::/3 less the documentation ranges (2001:db8::/32, 3fff::/20)
     * and benchmarking (2001:2::/48), which the IANA special-purpose registry marks as not globally reachable.
     * Everything else in 2000::/3 stays in (Teredo, 6to4, ORCHID): when in doubt, an address is public.
     */
    public static final AddressSet INTERNET_IPV6 = cidr("2000::/3")
            .minus(cidr("2001:db8::/32")).minus(cidr("3fff::/20")).minus(cidr("2001:2::/48"));

    /** Every public address of either family. */
    public static final AddressSet INTERNET = INTERNET_IPV6.union(INTERNET_IPV4);

    /** Private address space (RFC 1918, shared, IPv6 unique local): where a virtual network's addresses usually are. */
    public static final AddressSet PRIVATE = cidr("10.0.0.0/8").union(cidr("172.16.0.0/12"))
            .union(cidr("192.168.0.0/16")).union(cidr("100.64.0.0/10")).union(cidr("fc00::/7"));

    private final List<BigInteger[]> ranges;

    private AddressSet(List<BigInteger[]> ranges) {
        this.ranges = ranges;
    }

    private static AddressSet range(BigInteger first, BigInteger last) {
        List<BigInteger[]> one = new ArrayList<>();
        one.add(new BigInteger[] {first, last});
        return new AddressSet(List.copyOf(one));
    }

    /** The set of one CIDR block ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) or one address. */
    public static AddressSet cidr(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR: " + text));
    }

    /** The set of an address or CIDR of either family, or empty when the text is neither (a service tag, say). */
    public static Optional<AddressSet> parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        boolean v6 = address.contains(":");
        Optional<BigInteger> value = v6 ? parseIpv6(address) : parseIpv4(address).map(v -> V4_BASE.add(
                BigInteger.valueOf(v)));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int width = v6 ? 128 : 32;
        int bits = width;
        if (slash >= 0) {
            String suffix = trimmed.substring(slash + 1);
            if (suffix.isEmpty() || suffix.length() > 3 || !suffix.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            bits = Integer.parseInt(suffix);
            if (bits > width) {
                return Optional.empty();
            }
        }
        BigInteger size = BigInteger.ONE.shiftLeft(width - bits);
        BigInteger offset = v6 ? BigInteger.ZERO : V4_BASE;
        BigInteger start = value.get().subtract(offset).divide(size).multiply(size).add(offset);
        return Optional.of(range(start, start.add(size).subtract(BigInteger.ONE)));
    }

    static Optional<Long> parseIpv4(String text) {
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

    /** RFC 4291 text forms: eight groups, one {@code ::}, any case, and an IPv4 tail ({@code ::ffff:10.0.0.1}). */
    static Optional<BigInteger> parseIpv6(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int gap = lower.indexOf("::");
        if (gap >= 0 && lower.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        boolean ok = gap < 0 ? groups(lower, head, true) : groups(lower.substring(0, gap), head, false)
                && groups(lower.substring(gap + 2), tail, true);
        int total = head.size() + tail.size();
        if (!ok || (gap < 0 && total != 8) || (gap >= 0 && total > 7)) {
            return Optional.empty();
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < 8; i++) {
            int group = i < head.size() ? head.get(i) : i >= 8 - tail.size() ? tail.get(i - (8 - tail.size())) : 0;
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        return Optional.of(value);
    }

    /** Colon-separated hex groups into {@code out}; the last may be an IPv4 address (two groups) when allowed. */
    private static boolean groups(String text, List<Integer> out, boolean ipv4TailAllowed) {
        if (text.isEmpty()) {
            return true;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && ipv4TailAllowed && part.contains(".")) {
                Optional<Long> v4 = parseIpv4(part);
                if (v4.isEmpty()) {
                    return false;
                }
                out.add((int) (v4.get() >> 16));
                out.add((int) (v4.get() & 0xFFFF));
                continue;
            }
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            out.add(Integer.parseInt(part, 16));
        }
        return true;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the set holds this address (either family); text that is no address is not held. */
    public boolean contains(String address) {
        return parse(address).filter(AddressSet::isSingleAddress).map(this::containsAll).orElse(false);
    }

    /** Whether every address of {@code other} is in this set. */
    public boolean containsAll(AddressSet other) {
        return other.minus(this).isEmpty();
    }

    public AddressSet union(AddressSet other) {
        List<BigInteger[]> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        all.sort((a, b) -> a[0].compareTo(b[0]));
        List<BigInteger[]> merged = new ArrayList<>();
        for (BigInteger[] range : all) {
            BigInteger[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0].compareTo(last[1].add(BigInteger.ONE)) <= 0) {
                last[1] = last[1].max(range[1]);
            } else {
                merged.add(new BigInteger[] {range[0], range[1]});
            }
        }
        return new AddressSet(List.copyOf(merged));
    }

    public AddressSet intersect(AddressSet other) {
        List<BigInteger[]> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < ranges.size() && j < other.ranges.size()) {
            BigInteger[] a = ranges.get(i);
            BigInteger[] b = other.ranges.get(j);
            BigInteger start = a[0].max(b[0]);
            BigInteger end = a[1].min(b[1]);
            if (start.compareTo(end) <= 0) {
                result.add(new BigInteger[] {start, end});
            }
            if (a[1].compareTo(b[1]) < 0) {
                i++;
            } else {
                j++;
            }
        }
        return new AddressSet(List.copyOf(result));
    }

    public AddressSet minus(AddressSet other) {
        List<BigInteger[]> result = new ArrayList<>();
        for (BigInteger[] range : ranges) {
            BigInteger start = range[0];
            for (BigInteger[] cut : other.ranges) {
                if (cut[1].compareTo(start) < 0 || cut[0].compareTo(range[1]) > 0) {
                    continue;
                }
                if (cut[0].compareTo(start) > 0) {
                    result.add(new BigInteger[] {start, cut[0].subtract(BigInteger.ONE)});
                }
                start = start.max(cut[1].add(BigInteger.ONE));
                if (start.compareTo(range[1]) > 0) {
                    break;
                }
            }
            if (start.compareTo(range[1]) <= 0) {
                result.add(new BigInteger[] {start, range[1]});
            }
        }
        return new AddressSet(List.copyOf(result));
    }

    /** The lowest address of the set, written out, for details; empty set → null. */
    public String first() {
        return ranges.isEmpty() ? null : format(ranges.get(0)[0]);
    }

    /** Whether the set is one address. */
    public boolean isSingleAddress() {
        return ranges.size() == 1 && ranges.get(0)[0].equals(ranges.get(0)[1]);
    }

    /** How many addresses the set holds (IPv6 sets are large). */
    public BigInteger size() {
        BigInteger total = BigInteger.ZERO;
        for (BigInteger[] r : ranges) {
            total = total.add(r[1].subtract(r[0]).add(BigInteger.ONE));
        }
        return total;
    }

    static String format(BigInteger address) {
        if (address.compareTo(V4_BASE) >= 0) {
            long v = address.subtract(V4_BASE).longValueExact();
            return ((v >> 24) & 0xFF) + "." + ((v >> 16) & 0xFF) + "." + ((v >> 8) & 0xFF) + "." + (v & 0xFF);
        }
        int[] groups = new int[8];
        for (int i = 7; i >= 0; i--) {
            groups[7 - i] = address.shiftRight(16 * i).intValue() & 0xFFFF;
        }
        return compressed(groups);
    }

    /** RFC 5952: lower-case hex, the longest run of two or more zero groups written as {@code ::}. */
    private static String compressed(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AddressSet other) || other.ranges.size() != ranges.size()) {
            return false;
        }
        for (int k = 0; k < ranges.size(); k++) {
            if (!ranges.get(k)[0].equals(other.ranges.get(k)[0]) || !ranges.get(k)[1].equals(other.ranges.get(k)[1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 17;
        for (BigInteger[] r : ranges) {
            hash = hash * 31 + r[0].hashCode() * 7 + r[1].hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (BigInteger[] r : ranges) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(format(r[0])).append(r[0].equals(r[1]) ? "" : "-" + format(r[1]));
        }
        return text.append('}').toString();
    }
}
