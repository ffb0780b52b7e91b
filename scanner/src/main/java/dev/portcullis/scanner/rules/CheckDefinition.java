package dev.portcullis.scanner.rules;

/** The catalogue entry of a check: what it is called, how bad a failure is and why it matters. */
public record CheckDefinition(String id, String title, Severity severity, CheckScope scope, String description,
                              String risk) {
}
