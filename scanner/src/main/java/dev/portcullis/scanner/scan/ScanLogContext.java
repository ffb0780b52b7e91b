package dev.portcullis.scanner.scan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Puts a scan's ids into the logging context (MDC) of the current thread for as long as it is open, so every line
 * logged meanwhile carries them: {@code scanId}, {@code tenantId} (the tenant's directory id) and
 * {@code subscriptionId}, which JSON logs show as fields of {@code mdc}. {@code scan} holds the same ids as one text
 * ({@code "scan=… tenant=… subscription=… "}) for the text format's {@code %X{scan}}, which prints nothing on lines
 * logged outside a scan. Closing puts back whatever the keys held before, so contexts nest.
 *
 * <pre>{@code
 * try (ScanLogContext log = ScanLogContext.open(scanId, tenantId, subscriptionId)) {
 *     ...
 * }
 * }</pre>
 */
public final class ScanLogContext implements AutoCloseable {

    public static final String SCAN_ID = "scanId";
    public static final String TENANT_ID = "tenantId";
    public static final String SUBSCRIPTION_ID = "subscriptionId";
    /** The ids as one text, for the text log format. */
    public static final String TEXT = "scan";

    private final Map<String, Object> previous = new LinkedHashMap<>();

    private ScanLogContext(Map<String, Object> values) {
        values.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value.toString());
            }
        });
    }

    /** The ids of one subscription's scan; a null id leaves its key out. */
    public static ScanLogContext open(UUID scanId, String tenantId, String subscriptionId) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SCAN_ID, scanId);
        values.put(TENANT_ID, tenantId);
        values.put(SUBSCRIPTION_ID, subscriptionId);
        String text = part("scan", scanId) + part("tenant", tenantId) + part("subscription", subscriptionId);
        values.put(TEXT, text.isEmpty() ? null : text);
        return new ScanLogContext(values);
    }

    private static String part(String name, Object value) {
        return value == null ? "" : name + "=" + value + " ";
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }
}
