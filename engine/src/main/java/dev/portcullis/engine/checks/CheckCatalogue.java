package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The checks Portcullis runs, with their catalogue data. Metadata lives beside the code as data in
 * {@code catalogue/<check id>/check.properties} so that titles and descriptions can be reviewed and translated
 * without touching logic.
 */
public final class CheckCatalogue {

    private final List<SubscriptionCheck> subscriptionChecks;
    private final List<VmCheck> vmChecks;
    private final List<ScaleSetCheck> scaleSetChecks;
    private final Map<String, CheckDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, CheckDefinition> japanese = new LinkedHashMap<>();

    public CheckCatalogue(List<SubscriptionCheck> subscriptionChecks, List<VmCheck> vmChecks,
                          List<ScaleSetCheck> scaleSetChecks) {
        this.subscriptionChecks = List.copyOf(subscriptionChecks);
        this.vmChecks = List.copyOf(vmChecks);
        this.scaleSetChecks = List.copyOf(scaleSetChecks);
        Map<String, List<String>> frameworks = loadFrameworks();
        Stream.of(subscriptionChecks.stream().map(SubscriptionCheck::id), vmChecks.stream().map(VmCheck::id),
                        scaleSetChecks.stream().map(ScaleSetCheck::id)).flatMap(s -> s)
                .forEach(id -> definitions.put(id, loadDefinition(id, frameworks.getOrDefault(id, List.of()))));
        definitions.values().forEach(english -> japanese.put(english.id(), translated(english, "ja")));
    }

    /** The full catalogue. */
    public static CheckCatalogue standard() {
        return new CheckCatalogue(
                List.of(new SubscriptionDefenderServersP2Check()),
                List.of(new VmNsgAttachedCheck(), new VmManagementPortInternetExposedCheck(), new VmJitEnabledCheck(),
                        new VmJitCoversManagementPortsCheck(), new VmJitMaxDurationCheck(),
                        new VmJitSourceRestrictedCheck(), new VmJitBypassedCheck()),
                List.of(new VmssManagementPortInternetExposedCheck()));
    }

    public List<SubscriptionCheck> subscriptionChecks() {
        return subscriptionChecks;
    }

    public List<VmCheck> vmChecks() {
        return vmChecks;
    }

    public List<ScaleSetCheck> scaleSetChecks() {
        return scaleSetChecks;
    }

    public List<CheckDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    public Optional<CheckDefinition> definition(String checkId) {
        return Optional.ofNullable(definitions.get(checkId));
    }

    /**
     * The check with its title, description and risk in the language ({@code en} or {@code ja}); English for any
     * other language.
     */
    public Optional<CheckDefinition> definition(String checkId, String language) {
        return Optional.ofNullable("ja".equals(language) ? japanese.get(checkId) : definitions.get(checkId));
    }

    /** Every check in the language, in catalogue order. */
    public List<CheckDefinition> definitions(String language) {
        return "ja".equals(language) ? List.copyOf(japanese.values()) : definitions();
    }

    public CheckDefinition require(String checkId) {
        return definition(checkId).orElseThrow(() -> new IllegalArgumentException("Unknown check " + checkId));
    }

    private static CheckDefinition loadDefinition(String id, List<String> frameworks) {
        String path = "catalogue/" + id + "/check.properties";
        Properties props = properties(path);
        return new CheckDefinition(id, required(props, "title", path),
                Severity.valueOf(required(props, "severity", path)),
                CheckScope.valueOf(required(props, "scope", path)),
                required(props, "description", path), required(props, "risk", path), frameworks);
    }

    /** The definition with the texts of {@code catalogue/<id>/check_<language>.properties}, which must exist. */
    private static CheckDefinition translated(CheckDefinition english, String language) {
        String path = "catalogue/" + english.id() + "/check_" + language + ".properties";
        Properties props = properties(path);
        return new CheckDefinition(english.id(), required(props, "title", path), english.severity(), english.scope(),
                required(props, "description", path), required(props, "risk", path), english.frameworks());
    }

    /** Check id → the framework requirements that list it, from {@code catalogue/compliance.properties}. */
    private static Map<String, List<String>> loadFrameworks() {
        Map<String, List<String>> byCheck = new LinkedHashMap<>();
        Properties mappings = properties("catalogue/compliance.properties");
        new TreeSet<>(mappings.stringPropertyNames()).forEach(requirement -> {
            for (String checkId : mappings.getProperty(requirement).split(",")) {
                byCheck.computeIfAbsent(checkId.trim(), k -> new ArrayList<>()).add(requirement);
            }
        });
        return byCheck;
    }

    /** Every check id the compliance mappings name, to validate them against the catalogue. */
    public static Set<String> checkIdsInComplianceMappings() {
        return loadFrameworks().keySet();
    }

    private static Properties properties(String path) {
        return CatalogueFiles.properties(path);
    }

    private static String required(Properties props, String key, String path) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(path + " has no " + key);
        }
        return value.trim();
    }
}
