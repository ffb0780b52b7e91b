package dev.portcullis.web.page;

import java.util.regex.Pattern;

/** A path on this site that is safe to redirect to: starts with one slash, no scheme, host or backslash. */
public final class LocalPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~%!$&'()*+,;=:@?-]*");

    private LocalPath() {
    }

    public static String orHome(String path) {
        return path != null && path.length() <= 2000 && SAFE.matcher(path).matches() ? path : "/";
    }
}
