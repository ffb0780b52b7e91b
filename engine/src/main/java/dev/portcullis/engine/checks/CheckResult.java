package dev.portcullis.engine.checks;

import java.util.List;
import java.util.Map;

/**
 * A check's verdict on one resource in one scan, with a human-readable reason. {@code subjects} are what a failure's
 * remediation fixes, one map of template values per thing (a Basic public IP: its name, resource group, NIC…); checks
 * whose remediation is rendered per subject ({@code remediation.per=subject}) fill them, the others leave them empty.
 */
public record CheckResult(String checkId, String resourceId, String resourceName, Outcome outcome, String detail,
                          List<Map<String, String>> subjects) {

    public CheckResult {
        subjects = subjects.stream().map(Map::copyOf).toList();
    }

    public CheckResult(String checkId, String resourceId, String resourceName, Outcome outcome, String detail) {
        this(checkId, resourceId, resourceName, outcome, detail, List.of());
    }
}
