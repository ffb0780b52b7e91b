package dev.portcullis.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a {@link HelmChart} against every {@link HelmChartRule}: values are parsed, templates are read as text
 * (Helm is not available here to render them).
 */
final class HelmChartRules {

    private static final Pattern VALUES_PATH = Pattern.compile("\\.Values((?:\\.[A-Za-z_][A-Za-z0-9_]*)+)");
    private static final Pattern INCLUDE = Pattern.compile("(?:include|template)\\s+\"([^\"]+)\"");
    private static final Pattern DEFINE = Pattern.compile("define\\s+\"([^\"]+)\"");
    private static final Pattern ENV_NAME = Pattern.compile("^\\s*- name: ([A-Za-z0-9_]+)\\s*$");
    private static final Pattern DIRECTIVE_ONLY = Pattern.compile("^\\s*\\{\\{.*}}\\s*$");
    private static final Pattern PORT = Pattern.compile("port: (\\{\\{[^}]*}}|\\S+)");
    /** DNS, PostgreSQL, HTTPS (ARM, Entra, receivers) and, when one is set, the SMTP server's port. */
    private static final Set<String> EGRESS_PORTS = Set.of("53", "5432", "443",
            "{{ .Values.notifications.smtp.port }}");
    private static final Map<String, String> PROBE_VALUES =
            Map.of("startupProbe", "startup", "readinessProbe", "readiness", "livenessProbe", "liveness");

    private final HelmChart chart;
    private final List<Violation> violations = new ArrayList<>();

    private HelmChartRules(HelmChart chart) {
        this.chart = chart;
    }

    static List<Violation> check(HelmChart chart) {
        HelmChartRules rules = new HelmChartRules(chart);
        rules.checkMetadata();
        rules.checkDefaults();
        rules.checkNoSecretValues();
        rules.checkValuesReferences();
        rules.checkOverlays();
        rules.checkIncludes();
        chart.templates.forEach(rules::checkSecretEnvironment);
        rules.checkProbes();
        rules.checkServices();
        rules.checkEgress();
        rules.checkWorkloadIdentity();
        rules.checkPodFilesystem();
        rules.require(!chart.template("NOTES.txt").isBlank(), HelmChartRule.NOTES, "templates", "no NOTES.txt");
        return rules.violations;
    }

    private void checkMetadata() {
        JsonNode meta = chart.chart;
        require("v2".equals(meta.path("apiVersion").asText()), HelmChartRule.CHART_METADATA, "Chart.yaml",
                "apiVersion is " + meta.path("apiVersion").asText());
        require(!meta.path("name").asText().isBlank(), HelmChartRule.CHART_METADATA, "Chart.yaml", "no name");
        require(meta.path("version").asText().matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"),
                HelmChartRule.CHART_METADATA, "Chart.yaml", "version is not semantic");
        require(!meta.path("appVersion").asText().isBlank(), HelmChartRule.CHART_METADATA, "Chart.yaml",
                "no appVersion");
    }

    private void checkDefaults() {
        JsonNode v = chart.values;
        defaultHolds(v.path("replicaCount").asInt() >= 2, "replicaCount is below 2");
        defaultHolds(v.path("podDisruptionBudget").path("enabled").asBoolean(false)
                && v.path("podDisruptionBudget").path("minAvailable").asInt(0) >= 1, "no disruption budget of 1+");
        defaultHolds(v.path("networkPolicy").path("enabled").asBoolean(false), "the network policy is off");
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                defaultHolds(!v.path("resources").path(bound).path(resource).asText("").isBlank(),
                        "no resources." + bound + "." + resource);
            }
        }
        JsonNode container = v.path("securityContext");
        defaultHolds(container.path("readOnlyRootFilesystem").asBoolean(false), "writable root filesystem");
        defaultHolds(container.path("allowPrivilegeEscalation").isBoolean()
                && !container.path("allowPrivilegeEscalation").asBoolean(), "privilege escalation allowed");
        defaultHolds(container.path("capabilities").path("drop").toString().contains("\"ALL\""),
                "capabilities are not all dropped");
        defaultHolds(v.path("podSecurityContext").path("runAsNonRoot").asBoolean(false)
                && container.path("runAsNonRoot").asBoolean(false), "may run as root");
        defaultHolds("RuntimeDefault".equals(v.path("podSecurityContext").path("seccompProfile").path("type").asText()),
                "no RuntimeDefault seccomp profile");
        long shutdown = Durations.seconds(v.path("config").path("shutdownGrace").asText("30s"));
        long preStop = v.path("lifecycle").path("preStopSleepSeconds").asLong(0);
        defaultHolds(v.path("terminationGracePeriodSeconds").asLong(30) > shutdown + preStop,
                "terminationGracePeriodSeconds does not exceed preStopSleepSeconds + config.shutdownGrace");
        defaultHolds(!"latest".equals(v.path("image").path("tag").asText()), "image.tag is latest");
    }

    private void defaultHolds(boolean holds, String detail) {
        require(holds, HelmChartRule.SAFE_DEFAULTS, "values.yaml", detail);
    }

    /**
     * A key that can hold a secret must only name one: existingSecret, the key inside that Secret, or Kubernetes's
     * own list of Secret references (imagePullSecrets).
     */
    private void checkNoSecretValues() {
        Map<String, JsonNode> valueFiles = new TreeMap<>(chart.overlays);
        valueFiles.put("values.yaml", chart.values);
        valueFiles.forEach((file, values) -> walkLeaves(values, "", (path, name) -> {
            boolean namesASecret = name.startsWith("existing") || name.equals("key") || name.endsWith("Key")
                    || name.equals("imagePullSecrets");
            require(!SecretNames.looksSecret(name) || namesASecret,
                    HelmChartRule.NO_SECRET_VALUES, file, path + " could hold a secret itself");
        }));
        chart.templates.forEach((file, text) -> require(!text.matches("(?s).*kind:\\s*Secret\\b.*"),
                HelmChartRule.NO_SECRET_VALUES, file, "the chart creates a Secret"));
    }

    private void checkValuesReferences() {
        chart.templates.forEach((file, text) -> {
            Matcher reference = VALUES_PATH.matcher(text);
            while (reference.find()) {
                String path = reference.group(1).substring(1);
                require(exists(chart.values, path), HelmChartRule.VALUES_REFERENCES_EXIST, file,
                        ".Values." + path + " is not in values.yaml");
            }
        });
    }

    private static boolean exists(JsonNode values, String path) {
        JsonNode node = values;
        for (String key : path.split("\\.")) {
            if (!node.isObject() || !node.has(key)) {
                return false;
            }
            node = node.get(key);
        }
        return true;
    }

    private void checkOverlays() {
        chart.overlays.forEach((file, overlay) -> compareKeys(overlay, chart.values, "", file));
    }

    private void compareKeys(JsonNode overlay, JsonNode base, String prefix, String file) {
        for (Iterator<String> keys = overlay.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String path = prefix + key;
            if (!base.has(key)) {
                violations.add(new Violation(HelmChartRule.OVERLAYS_MATCH_VALUES, file,
                        path + " is not in values.yaml"));
            } else if (overlay.get(key).isObject() && base.get(key).isObject() && base.get(key).size() > 0) {
                compareKeys(overlay.get(key), base.get(key), path + ".", file);
            }
        }
    }

    private void checkIncludes() {
        Set<String> defined = new TreeSet<>();
        chart.templates.forEach((file, text) -> {
            Matcher define = DEFINE.matcher(text);
            while (define.find()) {
                defined.add(define.group(1));
            }
        });
        chart.templates.forEach((file, text) -> {
            Matcher include = INCLUDE.matcher(text);
            while (include.find()) {
                require(defined.contains(include.group(1)), HelmChartRule.INCLUDES_DEFINED, file,
                        "includes \"" + include.group(1) + "\", which no .tpl defines");
            }
        });
    }

    private void checkSecretEnvironment(String file, String text) {
        List<String> lines = significantLines(text);
        for (int i = 0; i < lines.size(); i++) {
            Matcher env = ENV_NAME.matcher(lines.get(i));
            if (!env.matches() || !SecretNames.looksSecret(env.group(1))
                    || env.group(1).endsWith("_FILE")) {
                continue;
            }
            boolean fromSecret = i + 2 < lines.size() && lines.get(i + 1).trim().equals("valueFrom:")
                    && lines.get(i + 2).trim().equals("secretKeyRef:");
            require(fromSecret, HelmChartRule.SECRET_ENV_FROM_SECRETS, file, env.group(1) + " is not a secretKeyRef");
        }
        if (text.contains("- name: {{")) {
            require(text.contains("regexMatch \"(?i)password|secret|key|token\"") && text.contains("fail"),
                    HelmChartRule.SECRET_ENV_FROM_SECRETS, file, "a templated env name has no guard against secrets");
        }
    }

    /** The template's lines without those that hold only a template directive (if, end, with, range). */
    private static List<String> significantLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!DIRECTIVE_ONLY.matcher(line).matches() && !line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private void checkProbes() {
        String deployment = chart.template("deployment.yaml");
        require(deployment.matches("(?s).*- name: management\\s+containerPort: 9000.*"),
                HelmChartRule.PROBES_ON_MANAGEMENT, "deployment.yaml", "no container port management = 9000");
        PROBE_VALUES.forEach((probe, key) -> {
            String block = blockAfter(deployment, probe + ":", 3);
            require(block.contains("httpGet:") && block.contains("path: {{ .Values.probes." + key + ".path }}")
                            && block.contains("port: management"),
                    HelmChartRule.PROBES_ON_MANAGEMENT, "deployment.yaml", probe + " is not an HTTP GET on management");
            String path = chart.values.path("probes").path(key).path("path").asText();
            require(PodTemplateRules.HEALTH_PATHS.get(probe).equals(path), HelmChartRule.PROBES_ON_MANAGEMENT,
                    "values.yaml", "probes." + key + ".path is " + path);
        });
    }

    private static String blockAfter(String text, String marker, int lineCount) {
        int start = text.indexOf(marker);
        if (start < 0) {
            return "";
        }
        String[] lines = text.substring(start).split("\n");
        return String.join("\n", List.of(lines).subList(0, Math.min(lines.length, lineCount + 1)));
    }

    private void checkServices() {
        String publicService = chart.template("service.yaml");
        require(!publicService.isBlank() && !publicService.contains("9000") && !publicService.contains("management"),
                HelmChartRule.MANAGEMENT_NOT_PUBLIC, "service.yaml", "the public Service reaches the management port");
        String management = chart.template("service-management.yaml");
        require(management.isBlank() || management.contains("type: ClusterIP\n"),
                HelmChartRule.MANAGEMENT_NOT_PUBLIC, "service-management.yaml",
                "the management Service is not ClusterIP");
    }

    private void checkEgress() {
        String policy = chart.template("networkpolicy.yaml");
        require(policy.contains("- Egress"), HelmChartRule.EGRESS_PORTS, "networkpolicy.yaml", "egress is not limited");
        int egress = policy.indexOf("egress:");
        Matcher port = PORT.matcher(egress < 0 ? "" : policy.substring(egress));
        while (port.find()) {
            require(EGRESS_PORTS.contains(port.group(1)), HelmChartRule.EGRESS_PORTS, "networkpolicy.yaml",
                    "egress to port " + port.group(1));
        }
    }

    private void checkWorkloadIdentity() {
        String account = chart.template("serviceaccount.yaml");
        require(account.matches("(?s).*if \\.Values\\.workloadIdentity\\.enabled }}\\s+"
                        + "azure\\.workload\\.identity/client-id: \\{\\{ \\.Values\\.workloadIdentity\\.clientId.*"),
                HelmChartRule.WORKLOAD_IDENTITY, "serviceaccount.yaml",
                "no client-id annotation under workloadIdentity.enabled");
        require(chart.template("deployment.yaml").matches("(?s).*if \\.Values\\.workloadIdentity\\.enabled }}\\s+"
                        + "azure\\.workload\\.identity/use: \"true\".*"),
                HelmChartRule.WORKLOAD_IDENTITY, "deployment.yaml", "no use label under workloadIdentity.enabled");
    }

    private void checkPodFilesystem() {
        String deployment = chart.template("deployment.yaml");
        require(deployment.matches("(?s).*- name: tmp\\s+mountPath: /tmp.*")
                        && deployment.matches("(?s).*- name: tmp\\s+emptyDir:.*"),
                HelmChartRule.POD_FILESYSTEM, "deployment.yaml", "/tmp is not an emptyDir");
        for (String file : List.of("deployment.yaml", "serviceaccount.yaml")) {
            require(chart.template(file).contains("automountServiceAccountToken: false"), HelmChartRule.POD_FILESYSTEM,
                    file, "an API token may be mounted");
        }
    }

    private interface LeafVisitor {
        void visit(String path, String name);
    }

    private static void walkLeaves(JsonNode node, String prefix, LeafVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            if (field.getValue().isObject() && field.getValue().size() > 0) {
                walkLeaves(field.getValue(), path + ".", visitor);
            } else {
                visitor.visit(path, field.getKey());
            }
        }
    }

    private void require(boolean holds, HelmChartRule rule, String where, String detail) {
        if (!holds) {
            violations.add(new Violation(rule, where, detail));
        }
    }
}
