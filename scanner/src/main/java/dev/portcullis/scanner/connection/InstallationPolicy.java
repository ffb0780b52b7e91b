package dev.portcullis.scanner.connection;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What this installation lets a tenant's connection reach, set by whoever runs Portcullis and never by a request: the
 * hosts a Custom cloud may name ({@code PORTCULLIS_CUSTOM_CLOUD_HOSTS}), whether loopback endpoints (the built-in
 * simulator) are accepted ({@code PORTCULLIS_ALLOW_LOOPBACK_CLOUDS}), and the federated token file a workload identity
 * reads ({@code AZURE_FEDERATED_TOKEN_FILE}). A request that could choose a host, a file or the server's identity
 * could make the server send what it holds to that host: onboarding checks every endpoint here, and so does every
 * connection built from a stored tenant.
 *
 * @param customCloudHosts    host names a Custom cloud's endpoints may use, lower-cased
 * @param allowLoopbackClouds whether a Custom cloud may point at loopback (http or https, any port, no path)
 * @param federatedTokenFile  the token file this server was started with, if any
 */
public record InstallationPolicy(Set<String> customCloudHosts, boolean allowLoopbackClouds,
                                 Optional<String> federatedTokenFile) {

    /** A path an authority host may carry (Azure Stack Hub's {@code /adfs}): plain segments, no dots-only segment. */
    private static final Pattern AUTHORITY_PATH = Pattern.compile("^(/(?!\\.{1,2}(/|$))[A-Za-z0-9._~-]+)*/?$");

    public InstallationPolicy {
        customCloudHosts = customCloudHosts.stream().map(String::trim).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        federatedTokenFile = federatedTokenFile.map(String::trim).filter(f -> !f.isEmpty());
    }

    /** Nothing but the public clouds: no Custom hosts, no loopback, no token file. */
    public static InstallationPolicy publicCloudsOnly() {
        return new InstallationPolicy(Set.of(), false, Optional.empty());
    }

    /** Whether a Custom cloud can be onboarded at all: some host is allowed for one, or loopback (the simulator). */
    public boolean allowsCustomClouds() {
        return !customCloudHosts.isEmpty() || allowLoopbackClouds;
    }

    /**
     * A Custom cloud's endpoint as the installation allows it: {@code https://host[:port]} on a configured host, with a
     * path only for the authority host; or, when loopback clouds are allowed, {@code http(s)://loopback[:port]}.
     *
     * @param authority whether this is the Entra ID authority host (which may carry a path, such as ADFS's)
     * @throws InvalidFieldException naming {@code field}
     */
    public URI customEndpoint(String field, String value, boolean authority) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is required for a Custom cloud");
        }
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new InvalidFieldException(field, field + " is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidFieldException(field, field + " must be https://host[:port], without user, query or"
                    + " fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean noPath = path.isEmpty() || path.equals("/");
        if (isLoopback(uri)) {
            if (!allowLoopbackClouds) {
                throw new InvalidFieldException(field, field + " is on loopback, which this installation does not"
                        + " allow (PORTCULLIS_ALLOW_LOOPBACK_CLOUDS=true is for the built-in simulator)");
            }
            if (!noPath) {
                throw new InvalidFieldException(field, field + " on loopback takes no path: http(s)://host:port");
            }
            return uri;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!customCloudHosts.contains(host)) {
            throw new InvalidFieldException(field, field + " names host " + host + ", which is not one this"
                    + " installation allows for Custom clouds (PORTCULLIS_CUSTOM_CLOUD_HOSTS)");
        }
        if (!scheme.equals("https")) {
            throw new InvalidFieldException(field, field + " must use https: credentials are only sent over TLS");
        }
        if (!noPath && !(authority && AUTHORITY_PATH.matcher(path).matches())) {
            throw new InvalidFieldException(field, authority
                    ? field + " may carry only a plain path such as /adfs"
                    : field + " takes no path: https://host[:port]");
        }
        return uri;
    }

    /**
     * Why a stored connection may not be used any more (its endpoints are no longer allowed: the installation's
     * settings changed since it was onboarded), or empty when it may.
     */
    public Optional<String> refusal(CloudName cloud, URI resourceManager, URI authorityHost) {
        if (cloud != CloudName.CUSTOM) {
            return Optional.empty();
        }
        try {
            customEndpoint("cloud.resourceManagerEndpoint", resourceManager.toString(), false);
            customEndpoint("cloud.authorityHost", authorityHost.toString(), true);
            return Optional.empty();
        } catch (InvalidFieldException e) {
            return Optional.of("this installation no longer allows the tenant's Custom cloud: " + e.getMessage());
        }
    }

    /**
     * The token file a workload identity reads: the one this server was started with. A request may repeat its path,
     * never name another.
     *
     * @throws InvalidFieldException when the request names another file, or the server has none
     */
    public String tokenFileFor(String requested) {
        if (requested != null && !requested.isBlank()
                && !federatedTokenFile.map(requested.trim()::equals).orElse(false)) {
            throw new InvalidFieldException("credential.federatedTokenFile", "credential.federatedTokenFile cannot be"
                    + " chosen: a workload identity reads the token file Portcullis was started with"
                    + " (AZURE_FEDERATED_TOKEN_FILE); leave the field out");
        }
        return federatedTokenFile.orElseThrow(() -> new InvalidFieldException("credential.type", "this"
                + " installation has no federated token file (AZURE_FEDERATED_TOKEN_FILE is not set), so it cannot"
                + " use a workload identity"));
    }

    /** True for localhost, 127.0.0.0/8 and ::1, without asking DNS for anything else. */
    public static boolean isLoopback(URI uri) {
        return isLoopbackHost(uri.getHost());
    }

    /** The same for a host as a URL writes it ({@code 127.0.0.1}, {@code [::1]}, {@code localhost}). */
    public static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(bare)) {
            return true;
        }
        boolean literal = bare.matches("[0-9.]+") || bare.contains(":");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
