package dev.portcullis.notifications.message;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links from a message back to Portcullis' pages, under the address people reach it at ({@code portcullis.public-url},
 * {@code PORTCULLIS_PUBLIC_URL}; {@value #DEFAULT} when unset). The pages' own routes: {@code /findings/{id}},
 * {@code /vm?id=<ARM id>}, {@code /scans/{id}}, {@code /tenants}.
 *
 * <p>A {@code @ConfigProperty}, not a {@code @ConfigMapping}: the key sits directly under {@code portcullis.}, where a
 * mapping would claim every other {@code portcullis.*} key (see {@code MasterKeys}). Made at start, so a value that is
 * not an http(s) address stops the application instead of every message carrying broken links.
 */
@Startup
@ApplicationScoped
public class PublicLinks {

    static final String DEFAULT = "http://localhost:8080";

    private final String base;

    @Inject
    public PublicLinks(@ConfigProperty(name = "portcullis.public-url", defaultValue = DEFAULT) String publicUrl) {
        this.base = checked(publicUrl);
    }

    public String base() {
        return base;
    }

    public String finding(UUID findingId) {
        return base + "/findings/" + findingId;
    }

    /** The VM page, if the resource is a virtual machine (scale sets and subscriptions have none). */
    public Optional<String> vm(String resourceId) {
        return isVm(resourceId)
                ? Optional.of(base + "/vm?id=" + URLEncoder.encode(resourceId, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /** The scan's page, which shows what it changed per subscription (opened, reopened, resolved) and its failures. */
    public String scan(UUID scanId) {
        return base + "/scans/" + scanId;
    }

    public String tenants() {
        return base + "/tenants";
    }

    /** The same test the pages use to link a finding's resource to its VM page. */
    static boolean isVm(String resourceId) {
        return resourceId != null
                && resourceId.toLowerCase(Locale.ROOT).contains("/providers/microsoft.compute/virtualmachines/");
    }

    /** An absolute http(s) URL without query or fragment, returned without its trailing slashes. */
    private static String checked(String publicUrl) {
        String value = publicUrl == null || publicUrl.isBlank() ? DEFAULT : publicUrl.trim();
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("portcullis.public-url is not a URL: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getQuery() != null
                || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalStateException("portcullis.public-url must be an absolute http(s) URL without user, query"
                    + " or fragment, such as https://portcullis.example.com: " + value);
        }
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }
}
