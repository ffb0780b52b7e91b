package dev.portcullis.engine.remediation;

import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.checks.EvaluationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders remediation for a resource's failing checks, with the resource's real values. Several checks that share a
 * template set (the four JIT policy checks) print it once. Pure: the facts come in, text goes out.
 */
public final class Remediations {

    /** Printed where the organisation's admin ranges are not configured: the command then fails rather than opens. */
    public static final String ADMIN_RANGE_PLACEHOLDER = "<ADMIN-SOURCE-RANGE>";

    private final RemediationCatalogue catalogue;
    private final EvaluationSettings evaluation;
    private final List<String> adminSources;

    public Remediations(RemediationCatalogue catalogue, EvaluationSettings evaluation, List<String> adminSources) {
        this.catalogue = catalogue;
        this.evaluation = evaluation;
        this.adminSources = adminSources.isEmpty() ? List.of(ADMIN_RANGE_PLACEHOLDER) : List.copyOf(adminSources);
    }

    public String forVm(VmFacts vm, List<String> checkIds, RemediationFormat format, Language language) {
        Map<String, String> messages = catalogue.messages(language);
        Map<String, String> values = vmValues(vm);
        Map<String, String> blocks = new HashMap<>();
        if (checkIds.stream().anyMatch(catalogue::usesJitPolicy)) {
            blocks.putAll(JitBlocks.of(vm, policyFor(vm), format));
        }
        blocks.putAll(ExposureBlocks.of(vm, adminSources, messages));
        blocks.putAll(AttachBlocks.of(vm, values.get("nsgName"), messages));
        return renderSets(checkIds, format, values, blocks, messages, vm.subjects());
    }

    /** A Uniform scale set's remediation: its subscription, resource group and name. */
    public String forScaleSet(String subscriptionId, String scaleSetId, List<String> checkIds,
                              RemediationFormat format, Language language) {
        return renderSets(checkIds, format, Map.of("subscriptionId", subscriptionId,
                        "resourceGroup", String.valueOf(ArmIds.segmentAfter(scaleSetId, "resourceGroups")),
                        "scaleSetName", ArmIds.lastSegment(scaleSetId)), Map.of(), catalogue.messages(language), Map.of());
    }

    public String forSubscription(String subscriptionId, List<String> checkIds, RemediationFormat format,
                                  Language language) {
        return renderSets(checkIds, format, Map.of("subscriptionId", subscriptionId), Map.of(),
                catalogue.messages(language), Map.of());
    }

    /** The merge-safe policy this VM's JIT remediation writes. */
    public JitPolicySpec policyFor(VmFacts vm) {
        Map<Integer, Duration> required = new TreeMap<>();
        evaluation.managementPortsFor(vm.osType())
                .forEach(port -> required.put(port, evaluation.maxDurationFor(port)));
        return JitPolicyMerge.merged(vm.policy(), vm.subscriptionId(), vm.resourceGroup(), vm.location(), vm.vmId(),
                required, adminSources);
    }

    private String renderSets(List<String> checkIds, RemediationFormat format, Map<String, String> values,
                              Map<String, String> blocks, Map<String, String> messages,
                              Map<String, List<Map<String, String>>> subjects) {
        Set<String> sets = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        for (String checkId : checkIds) {
            if (catalogue.perSubject(checkId)) {
                parts.addAll(renderPerSubject(checkId, format, values, blocks, messages,
                        subjects.getOrDefault(checkId, List.of())));
            } else {
                catalogue.templateSetOf(checkId).ifPresent(sets::add);
            }
        }
        for (String set : sets) {
            parts.add(TemplateRenderer.render(catalogue.template(set, format), format, values, blocks, messages));
        }
        return format == RemediationFormat.TERRAFORM ? TerraformConfiguration.of(parts, values.get("subscriptionId"))
                : String.join("\n", parts);
    }

    /**
     * The check's templates once per subject its failure named, numbered from 1 ({@code {{raw:subjectNumber}}}, for
     * names that must differ, such as Terraform labels); nothing when the failure named none.
     */
    private List<String> renderPerSubject(String checkId, RemediationFormat format, Map<String, String> values,
                                          Map<String, String> blocks, Map<String, String> messages,
                                          List<Map<String, String>> subjects) {
        String template = catalogue.template(catalogue.templateSetOf(checkId).orElseThrow(), format);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            Map<String, String> subjectValues = new HashMap<>(values);
            subjectValues.putAll(subjects.get(i));
            Map<String, String> subjectBlocks = new HashMap<>(blocks);
            subjectBlocks.put("subjectNumber", Integer.toString(i + 1));
            parts.add(TemplateRenderer.render(template, format, subjectValues, subjectBlocks, messages));
        }
        return parts;
    }

    private Map<String, String> vmValues(VmFacts vm) {
        JitPolicySpec policy = policyFor(vm);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("subscriptionId", vm.subscriptionId());
        values.put("armEndpoint", vm.armEndpoint().endsWith("/")
                ? vm.armEndpoint().substring(0, vm.armEndpoint().length() - 1) : vm.armEndpoint());
        values.put("vmId", vm.vmId());
        values.put("vmName", vm.vmName());
        values.put("resourceGroup", policy.resourceGroup());
        values.put("location", policy.location());
        values.put("policyName", policy.name());
        values.put("policyId", policy.resourceId());
        values.put("policyPath", policy.urlPath());
        values.put("nsgName", safeName(vm.vmName()) + "-nsg");
        return values;
    }

    /** An Azure resource name derived from the VM's: letters, digits, '-', '_' and '.' only. */
    static String safeName(String vmName) {
        String cleaned = vmName.replaceAll("[^A-Za-z0-9_.-]", "-");
        return cleaned.isBlank() ? "vm" : cleaned;
    }
}
