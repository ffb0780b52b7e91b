package dev.portcullis.deploy.packaging;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads. Label matchers, ranges, grouping labels, strings and Grafana variables
 * are removed first; what remains is numbers, operators, functions (a name before "(") and keywords, and metric names.
 */
public final class PromQlMetricNames {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLES = Pattern.compile("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[smhdwy]*)"
                    + "|(?<name>[A-Za-z_:][A-Za-z0-9_:]*)(?<call>\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "offset", "and", "or", "unless", "atan2", "sum", "min", "max", "avg", "group",
            "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio",
            "Inf", "NaN", "inf", "nan");

    private PromQlMetricNames() {
    }

    public static Set<String> of(String expression) {
        String rest = STRINGS.matcher(expression).replaceAll(" ");
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGES.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll("$1 ");
        rest = VARIABLES.matcher(rest).replaceAll(" 0 ");
        Set<String> names = new TreeSet<>();
        Matcher token = TOKEN.matcher(rest);
        while (token.find()) {
            String name = token.group("name");
            if (name != null && token.group("call") == null && !KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
