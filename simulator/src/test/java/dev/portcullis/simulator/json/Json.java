package dev.portcullis.simulator.json;

import java.util.List;
import java.util.Map;

/** Navigation in parsed JSON for tests: {@code Json.string(vm, "properties", "storageProfile", "osDisk", "osType")}. */
public final class Json {

    private Json() {
    }

    /** The value at the path of member names, or {@code null} when any step is missing. */
    public static Object at(Object root, String... path) {
        Object current = root;
        for (String name : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(name);
        }
        return current;
    }

    public static String string(Object root, String... path) {
        return (String) at(root, path);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object root, String... path) {
        return (Map<String, Object>) at(root, path);
    }

    /** The array of objects at the path, empty when absent. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Object root, String... path) {
        Object value = at(root, path);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(Object root, String... path) {
        Object value = at(root, path);
        return value == null ? List.of() : (List<String>) value;
    }
}
