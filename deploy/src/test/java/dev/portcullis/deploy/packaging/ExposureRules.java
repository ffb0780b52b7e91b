package dev.portcullis.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules over the set of manifests: which objects exist, what the Services publish, what the NetworkPolicy lets
 * in and out, and the disruption budget. The pod template's own rules are {@link PodTemplateRules}.
 */
final class ExposureRules {

    /** Egress the application needs: DNS, PostgreSQL, HTTPS (ARM, Entra ID, OIDC, notifications). */
    static final Set<String> ALLOWED_EGRESS = Set.of("UDP/53", "TCP/53", "TCP/5432", "TCP/443");
    private static final Set<String> REQUIRED_KINDS =
            Set.of("Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy", "ServiceAccount");
    private static final int PUBLIC_PORT = 8080;

    private final List<Manifest> manifests;
    private final List<Violation> violations = new ArrayList<>();

    private ExposureRules(List<Manifest> manifests) {
        this.manifests = manifests;
    }

    static List<Violation> check(List<Manifest> manifests) {
        ExposureRules rules = new ExposureRules(manifests);
        rules.checkCompleteness();
        rules.manifests.stream().filter(m -> m.kind().equals("Deployment")).forEach(rules::checkServicesOf);
        rules.ofKind("PodDisruptionBudget").forEach(rules::checkBudget);
        rules.ofKind("NetworkPolicy").forEach(rules::checkNetworkPolicy);
        rules.ofKind("Secret").forEach(secret -> rules.violations.add(new Violation(ManifestRule.NO_SECRET_OBJECTS,
                secret.where(), "a Secret is committed with the manifests")));
        return rules.violations;
    }

    private void checkCompleteness() {
        Set<String> kinds = manifests.stream().map(Manifest::kind).collect(Collectors.toSet());
        for (String kind : REQUIRED_KINDS) {
            if (!kinds.contains(kind)) {
                violations.add(new Violation(ManifestRule.COMPLETE, "the manifests", "no " + kind));
            }
        }
    }

    /** A Service that reaches the public port, or leaves the cluster, must not carry the management port too. */
    private void checkServicesOf(Manifest deployment) {
        JsonNode container = deployment.node().path("spec").path("template").path("spec").path("containers").path(0);
        for (Manifest service : ofKind("Service")) {
            boolean publishesManagement = false;
            boolean publishesPublic = false;
            for (JsonNode port : service.node().path("spec").path("ports")) {
                int target = targetPort(container, port);
                publishesManagement |= target == PodTemplateRules.MANAGEMENT_PORT;
                publishesPublic |= target == PUBLIC_PORT;
            }
            String type = service.node().path("spec").path("type").asText("ClusterIP");
            if (publishesManagement && (publishesPublic || !type.equals("ClusterIP"))) {
                violations.add(new Violation(ManifestRule.MANAGEMENT_NOT_PUBLIC, service.where(),
                        "publishes the management port " + PodTemplateRules.MANAGEMENT_PORT + " (type " + type
                                + (publishesPublic ? ", beside the public port" : "") + ")"));
            }
        }
    }

    private static int targetPort(JsonNode container, JsonNode servicePort) {
        JsonNode target = servicePort.has("targetPort") ? servicePort.path("targetPort") : servicePort.path("port");
        if (target.isInt()) {
            return target.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(target.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return -1;
    }

    private void checkBudget(Manifest budget) {
        JsonNode minAvailable = budget.node().path("spec").path("minAvailable");
        if (!minAvailable.isInt() || minAvailable.asInt() < 1) {
            violations.add(new Violation(ManifestRule.DISRUPTION_BUDGET, budget.where(),
                    "minAvailable is " + minAvailable + ", not a count of at least 1"));
        }
    }

    private void checkNetworkPolicy(Manifest policy) {
        JsonNode spec = policy.node().path("spec");
        boolean limitsEgress = false;
        for (JsonNode type : spec.path("policyTypes")) {
            limitsEgress |= "Egress".equals(type.asText());
        }
        if (!limitsEgress) {
            violations.add(new Violation(ManifestRule.EGRESS_PORTS, policy.where(), "egress is not limited"));
        }
        for (JsonNode rule : spec.path("egress")) {
            if (rule.path("ports").isEmpty()) {
                violations.add(new Violation(ManifestRule.EGRESS_PORTS, policy.where(),
                        "an egress rule allows every port"));
            }
            for (JsonNode port : rule.path("ports")) {
                String portName = port.path("protocol").asText("TCP") + "/" + port.path("port").asText();
                if (!ALLOWED_EGRESS.contains(portName)) {
                    violations.add(new Violation(ManifestRule.EGRESS_PORTS, policy.where(), "egress to " + portName));
                }
            }
        }
        for (JsonNode rule : spec.path("ingress")) {
            checkManagementIngress(policy, rule);
        }
    }

    private void checkManagementIngress(Manifest policy, JsonNode rule) {
        boolean coversManagement = rule.path("ports").isEmpty();
        for (JsonNode port : rule.path("ports")) {
            coversManagement |= port.path("port").asInt() == PodTemplateRules.MANAGEMENT_PORT
                    || "management".equals(port.path("port").asText());
        }
        if (!coversManagement) {
            return;
        }
        boolean onlyNamedNamespaces = rule.path("from").size() > 0;
        for (JsonNode peer : rule.path("from")) {
            onlyNamedNamespaces &= peer.size() == 1
                    && peer.path("namespaceSelector").path("matchLabels").has("kubernetes.io/metadata.name");
        }
        if (!onlyNamedNamespaces) {
            violations.add(new Violation(ManifestRule.MANAGEMENT_INGRESS, policy.where(),
                    "the management port is open to more than a named namespace"));
        }
    }

    private List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).collect(Collectors.toList());
    }
}
