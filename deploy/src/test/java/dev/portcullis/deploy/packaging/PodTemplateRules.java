package dev.portcullis.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a Deployment's pod template must keep: resources, probes, secrets, privileges, /tmp, shutdown, spread. */
final class PodTemplateRules {

    static final int MANAGEMENT_PORT = 9000;
    static final Map<String, String> HEALTH_PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");
    private static final long DEFAULT_SHUTDOWN_GRACE_SECONDS = 30;

    private final Manifest deployment;
    private final JsonNode pod;
    private final List<Violation> violations = new ArrayList<>();

    private PodTemplateRules(Manifest deployment) {
        this.deployment = deployment;
        this.pod = deployment.node().path("spec").path("template").path("spec");
    }

    static List<Violation> check(Manifest deployment) {
        PodTemplateRules rules = new PodTemplateRules(deployment);
        rules.checkPod();
        for (JsonNode container : rules.pod.path("containers")) {
            rules.checkContainer(container);
        }
        return rules.violations;
    }

    private void checkPod() {
        int replicas = deployment.node().path("spec").path("replicas").asInt(1);
        require(replicas >= 2, ManifestRule.REPLICAS, "replicas is " + replicas);
        require(pod.path("automountServiceAccountToken").isBoolean()
                        && !pod.path("automountServiceAccountToken").asBoolean(),
                ManifestRule.NO_API_TOKEN, "automountServiceAccountToken is not false");
        require(pod.path("topologySpreadConstraints").size() > 0
                        || pod.path("affinity").path("podAntiAffinity").size() > 0,
                ManifestRule.SPREAD, "neither topologySpreadConstraints nor podAntiAffinity");
        JsonNode podSecurity = pod.path("securityContext");
        require(podSecurity.path("runAsUser").asLong(-1) != 0, ManifestRule.NON_ROOT, "the pod runs as uid 0");
    }

    private void checkContainer(JsonNode container) {
        String name = container.path("name").asText();
        checkResources(name, container.path("resources"));
        checkProbes(name, container);
        checkEnvironment(name, container);
        checkPrivileges(name, container.path("securityContext"));
        checkTmp(name, container);
        checkGracePeriod(name, container);
        String image = container.path("image").asText("");
        require(image.contains(":") && !image.endsWith(":latest"), ManifestRule.PINNED_IMAGE,
                name + " uses image '" + image + "'");
    }

    private void checkResources(String container, JsonNode resources) {
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                require(!resources.path(bound).path(resource).asText("").isBlank(), ManifestRule.RESOURCES,
                        container + " has no " + bound + "." + resource);
            }
        }
    }

    private void checkProbes(String container, JsonNode spec) {
        HEALTH_PATHS.forEach((probe, path) -> {
            JsonNode httpGet = spec.path(probe).path("httpGet");
            require(!httpGet.isMissingNode(), ManifestRule.PROBES, container + " has no HTTP " + probe);
            if (httpGet.isMissingNode()) {
                return;
            }
            require(path.equals(httpGet.path("path").asText()), ManifestRule.PROBES,
                    container + " " + probe + " asks " + httpGet.path("path").asText() + ", not " + path);
            require(containerPort(spec, httpGet.path("port")) == MANAGEMENT_PORT, ManifestRule.PROBES,
                    container + " " + probe + " is not on the management port " + MANAGEMENT_PORT);
        });
    }

    private static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return -1;
    }

    private void checkEnvironment(String container, JsonNode spec) {
        for (JsonNode variable : spec.path("env")) {
            String name = variable.path("name").asText();
            if (!SecretNames.looksSecret(name)) {
                continue;
            }
            if (name.endsWith("_FILE")) {
                require(pointsIntoSecretVolume(spec, variable.path("value").asText("")), ManifestRule.SECRET_FILE,
                        container + " " + name + " does not point into a volume mounted from a Secret");
                continue;
            }
            require(!variable.has("value") && variable.path("valueFrom").has("secretKeyRef"),
                    ManifestRule.SECRET_ENV, container + " " + name + " is not read from a Secret");
        }
        for (JsonNode source : spec.path("envFrom")) {
            require(source.has("secretRef"), ManifestRule.SECRET_ENV,
                    container + " takes envFrom something other than a Secret");
        }
    }

    private boolean pointsIntoSecretVolume(JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            String mountPath = mount.path("mountPath").asText();
            if (path.startsWith(mountPath + "/") && volume(mount.path("name").asText()).has("secret")) {
                return true;
            }
        }
        return false;
    }

    private void checkPrivileges(String container, JsonNode security) {
        JsonNode podSecurity = pod.path("securityContext");
        boolean nonRoot = security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false));
        require(nonRoot && security.path("runAsUser").asLong(-1) != 0, ManifestRule.NON_ROOT,
                container + " may run as root");
        require(security.path("readOnlyRootFilesystem").asBoolean(false), ManifestRule.LOCKED_DOWN_CONTAINER,
                container + " has a writable root filesystem");
        require(security.path("allowPrivilegeEscalation").isBoolean()
                        && !security.path("allowPrivilegeEscalation").asBoolean(),
                ManifestRule.LOCKED_DOWN_CONTAINER, container + " does not forbid privilege escalation");
        require(!security.path("privileged").asBoolean(false), ManifestRule.LOCKED_DOWN_CONTAINER,
                container + " is privileged");
        boolean dropsAll = false;
        for (JsonNode dropped : security.path("capabilities").path("drop")) {
            dropsAll |= "ALL".equals(dropped.asText());
        }
        require(dropsAll && security.path("capabilities").path("add").isEmpty(), ManifestRule.LOCKED_DOWN_CONTAINER,
                container + " keeps capabilities");
        String seccomp = security.path("seccompProfile").path("type")
                .asText(podSecurity.path("seccompProfile").path("type").asText(""));
        require(Set.of("RuntimeDefault", "Localhost").contains(seccomp), ManifestRule.SECCOMP,
                container + " has seccomp profile '" + seccomp + "'");
    }

    private void checkTmp(String container, JsonNode spec) {
        boolean tmpIsEmptyDir = false;
        for (JsonNode mount : spec.path("volumeMounts")) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                tmpIsEmptyDir = volume(mount.path("name").asText()).has("emptyDir");
            }
        }
        require(tmpIsEmptyDir, ManifestRule.TMP_EMPTY_DIR, container + " has no emptyDir on /tmp");
    }

    private void checkGracePeriod(String container, JsonNode spec) {
        long shutdownGrace = DEFAULT_SHUTDOWN_GRACE_SECONDS;
        for (JsonNode variable : spec.path("env")) {
            if ("PORTCULLIS_SHUTDOWN_GRACE".equals(variable.path("name").asText()) && variable.has("value")) {
                shutdownGrace = Durations.seconds(variable.path("value").asText());
            }
        }
        long preStop = preStopSleepSeconds(spec.path("lifecycle").path("preStop"));
        long grace = pod.path("terminationGracePeriodSeconds").asLong(30);
        require(grace > shutdownGrace + preStop, ManifestRule.GRACE_PERIOD, container + " gets " + grace
                + " s to stop, not more than its pre-stop pause " + preStop + " s plus shutdown grace "
                + shutdownGrace + " s");
    }

    private static long preStopSleepSeconds(JsonNode preStop) {
        if (preStop.has("sleep")) {
            return preStop.path("sleep").path("seconds").asLong();
        }
        JsonNode command = preStop.path("exec").path("command");
        if (command.size() == 2 && "sleep".equals(command.get(0).asText())) {
            return Durations.seconds(command.get(1).asText());
        }
        return 0;
    }

    private JsonNode volume(String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (name.equals(volume.path("name").asText())) {
                return volume;
            }
        }
        return MissingNode.getInstance();
    }

    private void require(boolean holds, ManifestRule rule, String detail) {
        if (!holds) {
            violations.add(new Violation(rule, deployment.where(), detail));
        }
    }
}
