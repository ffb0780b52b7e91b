package dev.portcullis.engine.remediation;

import dev.portcullis.engine.checks.CatalogueFiles;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Remediation templates and their prose, read once. A check's own remediation lives in its folder
 * ({@code <check id>/remediation/<format file>} and {@code messages_<lang>.properties} there); a set several checks
 * share lives in {@code remediation/<set>/}, and each of those checks names it in its {@code check.properties}
 * ({@code remediation=jit-policy}). The prose of every set is one bundle per language, with the shared
 * {@code remediation/messages_<lang>.properties}.
 */
public final class RemediationCatalogue {

    private static final String SHARED = "remediation/";

    private final Map<String, String> templates = new HashMap<>();
    private final Map<Language, Map<String, String>> messages = new EnumMap<>(Language.class);
    private final Map<String, String> setByCheck = new HashMap<>();
    private final Set<String> perSubject = new HashSet<>();

    public RemediationCatalogue(Iterable<String> checkIds) {
        Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            bundles.put(language, new HashMap<>());
            read(bundles.get(language), SHARED + "messages_" + language.code() + ".properties");
        }
        for (String checkId : checkIds) {
            Properties check = properties(checkId + "/check.properties");
            String shared = check.getProperty("remediation");
            if ("subject".equals(check.getProperty("remediation.per", "").trim())) {
                perSubject.add(checkId);
            }
            String set = shared == null || shared.isBlank() ? checkId : shared.trim();
            String folder = set.equals(checkId) ? checkId + "/remediation/" : SHARED + set + "/";
            if (!CatalogueFiles.exists(folder + RemediationFormat.PORTAL.templateFile())) {
                throw new IllegalStateException("Check " + checkId + " has no remediation: neither its folder's "
                        + "remediation/ nor a shared set named in its check.properties");
            }
            setByCheck.put(checkId, set);
            for (RemediationFormat format : RemediationFormat.values()) {
                templates.computeIfAbsent(key(set, format), k -> text(folder + format.templateFile()));
            }
            if (set.equals(checkId)) {
                bundles.forEach((language, bundle) ->
                        read(bundle, folder + "messages_" + language.code() + ".properties"));
            }
        }
        bundles.forEach((language, bundle) -> messages.put(language, Map.copyOf(bundle)));
    }

    private static void read(Map<String, String> bundle, String path) {
        properties(path).forEach((k, v) -> bundle.put((String) k, (String) v));
    }

    /**
     * Whether the check's templates are rendered once per subject of its failure ({@code remediation.per=subject}),
     * with the subject's values beside the resource's.
     */
    public boolean perSubject(String checkId) {
        return perSubject.contains(checkId);
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
