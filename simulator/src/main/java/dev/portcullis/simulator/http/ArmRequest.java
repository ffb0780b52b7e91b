package dev.portcullis.simulator.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An incoming request as the router sees it: decoded path and its segments, raw query, parameters. */
record ArmRequest(String method, String path, String rawPath, String rawQuery, List<String> segments) {

    static final String SKIP_TOKEN = "$skiptoken";

    static ArmRequest of(String method, URI uri) {
        String path = stripTrailingSlash(uri.getPath() == null ? "/" : uri.getPath());
        String rawPath = stripTrailingSlash(uri.getRawPath() == null ? "/" : uri.getRawPath());
        List<String> segments = Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
        return new ArmRequest(method, path, rawPath, uri.getRawQuery() == null ? "" : uri.getRawQuery(), segments);
    }

    /** The first value of a query parameter, its name compared case-insensitively; {@code null} when absent. */
    String parameter(String name) {
        for (String pair : pairs()) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equalsIgnoreCase(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    String apiVersion() {
        String version = parameter("api-version");
        return version == null || version.isBlank() ? null : version;
    }

    /** The raw query without any {@code $skiptoken}, for building the next link. */
    String queryWithoutSkipToken() {
        List<String> kept = new ArrayList<>();
        for (String pair : pairs()) {
            int eq = pair.indexOf('=');
            if (!decode(eq < 0 ? pair : pair.substring(0, eq)).equalsIgnoreCase(SKIP_TOKEN)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    boolean segmentIs(int index, String expected) {
        return index < segments.size() && segments.get(index).equalsIgnoreCase(expected);
    }

    private List<String> pairs() {
        return rawQuery.isEmpty() ? List.of() : Arrays.stream(rawQuery.split("&")).filter(pair -> !pair.isEmpty()).toList();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
