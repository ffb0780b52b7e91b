package dev.portcullis.deploy.packaging;

import java.util.regex.Pattern;

/** Which setting names say they hold a secret: password, secret, key or token, in any case. */
final class SecretNames {

    private static final Pattern SECRET = Pattern.compile("(?i)password|secret|key|token");

    private SecretNames() {
    }

    static boolean looksSecret(String name) {
        return SECRET.matcher(name).find();
    }
}
