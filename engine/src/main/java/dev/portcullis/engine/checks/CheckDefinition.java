package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.Severity;
import java.util.List;

/**
 * The catalogue entry of a check: what it is called, how bad a failure is, why it matters, and the framework
 * requirements it evidences ({@code "CIS Azure 6.2"}).
 */
public record CheckDefinition(String id, String title, Severity severity, CheckScope scope, String description,
                              String risk, List<String> frameworks) {

    public CheckDefinition {
        frameworks = List.copyOf(frameworks);
    }
}
