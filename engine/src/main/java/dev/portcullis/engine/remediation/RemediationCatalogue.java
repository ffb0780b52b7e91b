package dev.portcullis.engine.remediation;

import dev.portcullis.engine.checks.CatalogueFiles;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Remediation templates and their prose, read once from {@code catalogue/remediation/<set>/<format file>} and
 * {@code catalogue/remediation/messages_<lang>.properties}. Each check names its template set in its
 * {@code check.properties} ({@code remediation=jit-policy}).
 */
public final class RemediationCatalogue {

    private static final String ROOT = "catalogue/remediation/";

    private final Map<String, String> templates = new HashMap<>();
    private final Map<Language, Map<String, String>> messages = new EnumMap<>(Language.class);
    private final Map<String, String> setByCheck = new HashMap<>();

    public RemediationCatalogue(Iterable<String> checkIds) {
        for (String checkId : checkIds) {
            Properties check = properties("catalogue/" + checkId + "/check.properties");
            String set = check.getProperty("remediation");
            if (set == null || set.isBlank()) {
                throw new IllegalStateException("Check " + checkId + " names no remediation template set");
            }
            setByCheck.put(checkId, set.trim());
            for (RemediationFormat format : RemediationFormat.values()) {
                templates.computeIfAbsent(key(set.trim(), format), k -> text(ROOT + set.trim() + "/"
                        + format.templateFile()));
            }
        }
        for (Language language : Language.values()) {
            Map<String, String> bundle = new HashMap<>();
            properties(ROOT + "messages_" + language.code() + ".properties")
                    .forEach((k, v) -> bundle.put((String) k, (String) v));
            messages.put(language, Map.copyOf(bundle));
        }
    }

    public Optional<String> templateSetOf(String checkId) {
        return Optional.ofNullable(setByCheck.get(checkId));
    }

    /** Whether the check's remediation writes the JIT policy (and so needs the merged policy body). */
    public boolean usesJitPolicy(String checkId) {
        return templateSetOf(checkId).filter("jit-policy"::equals).isPresent();
    }

    public String template(String set, RemediationFormat format) {
        String template = templates.get(key(set, format));
        if (template == null) {
            throw new IllegalArgumentException("No " + format + " template in set " + set);
        }
        return template;
    }

    public Map<String, String> messages(Language language) {
        return messages.get(language);
    }

    private static String key(String set, RemediationFormat format) {
        return set + "/" + format.wireName();
    }

    private static String text(String path) {
        return CatalogueFiles.text(path);
    }

    private static Properties properties(String path) {
        return CatalogueFiles.properties(path);
    }
}
