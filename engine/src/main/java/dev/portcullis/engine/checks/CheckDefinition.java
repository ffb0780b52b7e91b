package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import java.util.List;

/**
 * The catalogue entry of a check: the requirement it checks ({@code title}), the statement of its failure
 * ({@code failTitle}), how bad a failure is, why it matters, and the framework requirements it evidences
 * ({@code "CIS Azure 6.2"}).
 */
public record CheckDefinition(String id, String title, String failTitle, Severity severity, CheckScope scope,
                              String description, String risk, List<String> frameworks) {

    public CheckDefinition {
        frameworks = List.copyOf(frameworks);
    }

    /**
     * What a finding of this check says in a heading: the failure while the finding still fails (open, or suppressed:
     * the risk is accepted, not gone), the requirement once it is resolved.
     */
    public String headline(FindingStatus status) {
        return status == FindingStatus.RESOLVED ? title : failTitle;
    }
}
