package dev.portcullis.deploy.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application as production runs it where the suite relaxes it (no back-dating, 60 scan requests a minute), with
 * the scanner's limits made short enough to reach in a test: a subscription's collection stops after 4 s, a request
 * after 2 s, a list after 20 pages, and no Retry-After longer than 1 s is waited for. One profile for every test that
 * needs one, so the application restarts once for them.
 */
public class TightLimits implements QuarkusTestProfile {

    public static final int PAGES = 20;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("portcullis.scan.allow-backdating", "false",
                "portcullis.scan.request-limit", "60",
                "portcullis.scan.subscription-timeout", "PT4S",
                "portcullis.scan.max-pages-per-list", String.valueOf(PAGES),
                "portcullis.scan.arm.request-timeout", "PT2S",
                "portcullis.scan.arm.retry-max-delay", "PT1S");
    }
}
