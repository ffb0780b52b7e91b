package dev.portcullis.engine.remediation;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One subject for every check whose remediation is rendered per subject, with a value for each name its templates
 * use beyond the VM's own values: the name itself plus a suffix (hostile characters, in the hostile-names test).
 */
final class SampleSubjects {

    private static final Set<String> VM_VALUES = Set.of("subscriptionId", "armEndpoint", "vmId", "vmName",
            "resourceGroup", "location", "policyName", "policyId", "policyPath", "nsgName");

    private SampleSubjects() {
    }

    static Map<String, List<Map<String, String>>> of(CheckCatalogue checks, RemediationCatalogue catalogue,
                                                     String suffix) {
        Map<String, List<Map<String, String>>> subjects = new HashMap<>();
        for (CheckDefinition check : checks.definitions()) {
            if (!catalogue.perSubject(check.id())) {
                continue;
            }
            Map<String, String> subject = new HashMap<>();
            for (RemediationFormat format : RemediationFormat.values()) {
                Matcher names = TemplateRenderer.PLACEHOLDER.matcher(
                        catalogue.template(catalogue.templateSetOf(check.id()).orElseThrow(), format));
                while (names.find()) {
                    if (!"t".equals(names.group(1)) && !"raw".equals(names.group(1))
                            && !VM_VALUES.contains(names.group(2))) {
                        subject.put(names.group(2), names.group(2) + suffix);
                    }
                }
            }
            subjects.put(check.id(), List.of(subject));
        }
        return subjects;
    }
}
