package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.Severity;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * One check's folder in the catalogue, read and checked: {@code <id>/check.properties} (title, severity, scope,
 * description, risk, order, optionally {@code remediation=<shared set>} and {@code jit=enabled|quality}),
 * {@code <id>/check_ja.properties} (the texts in Japanese) and the class {@code <IdInCamelCase>Check} in the package
 * {@code dev.portcullis.engine.catalogue.<id>}, with a public no-argument constructor and {@code id()} returning the
 * folder's name.
 */
record CatalogueFolder(String id, Object check, Properties english, Properties japanese) {

    private static final String PACKAGE = "dev.portcullis.engine.catalogue.";

    static CatalogueFolder load(String id) {
        Properties english = CatalogueFiles.properties(id + "/check.properties");
        Properties japanese = CatalogueFiles.properties(id + "/check_ja.properties");
        Object check = instantiate(id);
        String declared;
        if (check instanceof SubscriptionCheck c) {
            declared = c.id();
        } else if (check instanceof VmCheck c) {
            declared = c.id();
        } else if (check instanceof ScaleSetCheck c) {
            declared = c.id();
        } else {
            throw new IllegalStateException(check.getClass().getName()
                    + " is neither a SubscriptionCheck, a VmCheck nor a ScaleSetCheck");
        }
        if (!id.equals(declared)) {
            throw new IllegalStateException("The check in folder " + id + " says its id is " + declared);
        }
        CatalogueFolder folder = new CatalogueFolder(id, check, english, japanese);
        folder.order();
        return folder;
    }

    /** The class name a folder's check must have: {@code vm_jit_enabled} → {@code VmJitEnabledCheck}. */
    static String className(String id) {
        StringBuilder name = new StringBuilder(PACKAGE).append(id).append('.');
        for (String part : id.split("_")) {
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return name.append("Check").toString();
    }

    int order() {
        try {
            return Integer.parseInt(required(english, "order", "check.properties"));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(id + "/check.properties has an order that is not a number", e);
        }
    }

    Optional<String> jitRole() {
        return Optional.ofNullable(english.getProperty("jit")).map(String::trim);
    }

    /** The definition with the texts of {@code check<suffix>.properties} ("" for English, "_ja"). */
    CheckDefinition definition(String suffix, List<String> frameworks) {
        Properties texts = suffix.isEmpty() ? english : japanese;
        String file = "check" + suffix + ".properties";
        return new CheckDefinition(id, required(texts, "title", file), required(texts, "failTitle", file),
                Severity.valueOf(required(english, "severity", "check.properties")),
                CheckScope.valueOf(required(english, "scope", "check.properties")),
                required(texts, "description", file), required(texts, "risk", file), frameworks);
    }

    private String required(Properties props, String key, String file) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(CatalogueFiles.ROOT + id + "/" + file + " has no " + key);
        }
        return value.trim();
    }

    private static Object instantiate(String id) {
        String name = className(id);
        try {
            return Class.forName(name, true, CatalogueFolder.class.getClassLoader()).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The catalogue folder " + id + " has no class " + name, e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create the check " + name, e);
        }
    }
}
