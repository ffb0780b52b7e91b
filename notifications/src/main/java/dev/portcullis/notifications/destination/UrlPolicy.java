package dev.portcullis.notifications.destination;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs a destination may send to: https only, no credentials in the URL, and a host whose every address is
 * public, unless the installation allows private receivers ({@code PORTCULLIS_DESTINATIONS_ALLOW_PRIVATE}). Checked
 * when a destination is saved and again before every delivery, since DNS answers change; the sender then connects to
 * the addresses checked here, never to a fresh lookup.
 */
public final class UrlPolicy {

    /** Looks up a host's addresses; the JDK's resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** A URL the policy refuses, with a reason fit for a problem+json detail (it never repeats the URL's path). */
    public static final class RefusedUrlException extends Exception {
        public RefusedUrlException(String reason) {
            super(reason);
        }
    }

    /** An accepted URL with the addresses its host had when checked. */
    public record Checked(URI uri, String host, int port, List<InetAddress> addresses) {
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public UrlPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public static UrlPolicy withSystemResolver(boolean allowPrivate) {
        return new UrlPolicy(allowPrivate, host -> List.of(InetAddress.getAllByName(host)));
    }

    public Checked check(String url) throws RefusedUrlException {
        if (url == null || url.isBlank()) {
            throw new RefusedUrlException("is required");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("is not a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new RefusedUrlException("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrlException("must not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedUrlException("has no host");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedUrlException("must not have a fragment");
        }
        String host = IDN.toASCII(stripBrackets(uri.getHost())).toLowerCase(Locale.ROOT);
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("names a host that does not resolve: " + host);
        }
        if (addresses.isEmpty()) {
            throw new RefusedUrlException("names a host that does not resolve: " + host);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new RefusedUrlException("names a host with a loopback, private or link-local address ("
                            + host + " is " + address.getHostAddress() + "); set"
                            + " PORTCULLIS_DESTINATIONS_ALLOW_PRIVATE=true to allow receivers on private networks");
                }
            }
        }
        return new Checked(uri, host, port, List.copyOf(addresses));
    }

    /** The URL as shown back: scheme and host (and port), never the path or query, which may be a credential. */
    public static String shown(URI uri) {
        return "https://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + "/…";
    }

    /**
     * Whether an address is on the public internet: not loopback, private (RFC 1918, IPv6 unique local), link-local
     * (including cloud metadata at 169.254.169.254), carrier-grade NAT, unspecified, multicast, or an IPv4-mapped or
     * NAT64 form of one of those.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && first < 224 // 0/8 "this network"; 224/3 multicast and reserved
                    && !(first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0/24 IETF assignments
                    && !(first == 198 && (second == 18 || second == 19)) // 198.18/15 benchmarking
                    && !(first == 168 && second == 63 && (b[2] & 0xff) == 129 && (b[3] & 0xff) == 16); // Azure's host
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
                return false;
            }
            if (isIpv4Embedded(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** ::ffff:a.b.c.d (IPv4-mapped), 64:ff9b::a.b.c.d (NAT64) and ::a.b.c.d (IPv4-compatible). */
    private static boolean isIpv4Embedded(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        return mapped || compatible || nat64;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
