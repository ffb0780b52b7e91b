package dev.portcullis.engine.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks Portcullis runs, with their catalogue data. Each check is one folder of the package
 * {@code dev.portcullis.engine.catalogue}, named by its id: its class, {@code check.properties},
 * {@code check_ja.properties} and, unless it names a shared set, its remediation templates and messages
 * ({@link CatalogueFolder}). The folders are found through the index the build writes ({@value #INDEX}) and checked
 * when the catalogue loads: a folder without its class or texts stops the application from starting.
 */
public final class CheckCatalogue {

    /** The check ids, one per line, written by the engine's build from the folders holding a check.properties. */
    static final String INDEX = "checks.index";

    private final List<SubscriptionCheck> subscriptionChecks;
    private final List<VmCheck> vmChecks;
    private final List<ScaleSetCheck> scaleSetChecks;
    private final Map<String, CheckDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, CheckDefinition> japanese = new LinkedHashMap<>();
    private final JitVerdict jitVerdict;

    private CheckCatalogue(List<CatalogueFolder> folders) {
        Map<String, List<String>> frameworks = loadFrameworks();
        List<SubscriptionCheck> subscription = new ArrayList<>();
        List<VmCheck> vm = new ArrayList<>();
        List<ScaleSetCheck> scaleSet = new ArrayList<>();
        for (CatalogueFolder folder : folders) {
            if (folder.check() instanceof SubscriptionCheck check) {
                subscription.add(check);
            } else if (folder.check() instanceof VmCheck check) {
                vm.add(check);
            } else {
                scaleSet.add((ScaleSetCheck) folder.check());
            }
            CheckDefinition english = folder.definition("", frameworks.getOrDefault(folder.id(), List.of()));
            definitions.put(folder.id(), english);
            japanese.put(folder.id(), folder.definition("_ja", english.frameworks()));
        }
        this.subscriptionChecks = List.copyOf(subscription);
        this.vmChecks = List.copyOf(vm);
        this.scaleSetChecks = List.copyOf(scaleSet);
        Set<String> unknown = new TreeSet<>(frameworks.keySet());
        unknown.removeAll(definitions.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(CatalogueFiles.ROOT + "compliance.properties names unknown checks "
                    + unknown);
        }
        Map<String, Set<String>> byRole = folders.stream().filter(f -> f.jitRole().isPresent()).collect(
                Collectors.groupingBy(f -> f.jitRole().get(), Collectors.mapping(CatalogueFolder::id,
                        Collectors.toSet())));
        if (byRole.getOrDefault("enabled", Set.of()).size() != 1) {
            throw new IllegalStateException("Exactly one check must say jit=enabled, found "
                    + byRole.getOrDefault("enabled", Set.of()));
        }
        this.jitVerdict = new JitVerdict(byRole.get("enabled"), byRole.getOrDefault("quality", Set.of()));
    }

    /** The full catalogue: every folder of the index, in the order their {@code order} keys give. */
    public static CheckCatalogue standard() {
        List<CatalogueFolder> folders = checkIds().stream().map(CatalogueFolder::load)
                .sorted(Comparator.comparingInt(CatalogueFolder::order).thenComparing(CatalogueFolder::id))
                .toList();
        return new CheckCatalogue(folders);
    }

    /** The ids of the index, which must not be empty. */
    static List<String> checkIds() {
        List<String> ids = CatalogueFiles.text(INDEX).lines().map(String::trim).filter(line -> !line.isEmpty())
                .toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException(CatalogueFiles.ROOT + INDEX + " names no check");
        }
        return ids;
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

    JitVerdict jitVerdict() {
        return jitVerdict;
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

    /** Check id → the framework requirements that list it, from {@code compliance.properties}. */
    private static Map<String, List<String>> loadFrameworks() {
        Map<String, List<String>> byCheck = new LinkedHashMap<>();
        Properties mappings = CatalogueFiles.properties("compliance.properties");
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
}
