package dev.portcullis.persistence.finding;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.findings.FindingKey;
import dev.portcullis.engine.findings.FindingLifecycle;
import dev.portcullis.engine.findings.Transition;
import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import java.time.Instant;
import java.util.UUID;

/**
 * The one place a stored finding changes status or gains an event. What happens is decided by the engine's
 * {@link FindingLifecycle} (a scan's plan, or a suppression made or deleted now); this writes it: status, detail and
 * remediation subjects of the failing result, dates, reopen count, and the event in the finding's history.
 */
public final class FindingTransitions {

    private FindingTransitions() {
    }

    /** The finding a first failing result opens, with its OPENED event. */
    public static FindingEntity open(UUID subscriptionRef, CheckResult result, Severity severity, Instant at,
                                     UUID scanRef) {
        FindingEntity finding = new FindingEntity();
        finding.id = UUID.randomUUID();
        finding.checkId = result.checkId();
        finding.resourceKey = FindingKey.of(result.checkId(), result.resourceId()).resourceKey();
        finding.resourceId = result.resourceId();
        finding.resourceName = result.resourceName();
        finding.subscriptionRef = subscriptionRef;
        finding.severity = severity;
        finding.status = FindingStatus.OPEN;
        finding.firstSeenAt = at;
        finding.lastSeenAt = at;
        takeResult(finding, result);
        finding.persist();
        event(finding, Transition.Type.OPENED, scanRef, at, null);
        return finding;
    }

    /**
     * Applies a transition to a stored finding. {@code reason} is the event's (the suppression's reason, why it
     * resolved); {@code previousGoodScan}, for RESOLVED, the last scan that saw it failing (open findings' last-seen
     * time is not written per scan).
     */
    public static void apply(FindingEntity finding, Transition transition, Instant at, UUID scanRef, String reason,
                             Instant previousGoodScan) {
        Transition.Type type = transition.type();
        if (type == Transition.Type.OPENED) {
            throw new IllegalArgumentException("A new finding is opened with open(...)");
        }
        finding.status = FindingLifecycle.statusAfter(type, finding.status);
        if (transition.result() != null) {
            takeResult(finding, transition.result());
        }
        if (type == Transition.Type.REOPENED) {
            finding.resolvedAt = null;
            finding.reopenCount++;
            finding.lastSeenAt = at;
        } else if (type == Transition.Type.RESOLVED) {
            finding.resolvedAt = at;
            finding.lastSeenAt = previousGoodScan != null && previousGoodScan.isAfter(finding.lastSeenAt)
                    ? previousGoodScan : finding.lastSeenAt;
        }
        if (FindingLifecycle.recorded(type)) {
            event(finding, type, scanRef, at, reason);
        }
    }

    private static void takeResult(FindingEntity finding, CheckResult result) {
        if (!result.detail().equals(finding.detail)) {
            finding.detail = result.detail();
        }
        if (!result.subjects().equals(finding.remediationSubjects)) {
            finding.remediationSubjects = result.subjects();
        }
    }

    private static void event(FindingEntity finding, Transition.Type type, UUID scanRef, Instant at, String reason) {
        FindingEventEntity event = new FindingEventEntity();
        event.findingRef = finding.id;
        event.type = type.name();
        event.at = at;
        event.scanRef = scanRef;
        event.reason = reason;
        event.persist();
    }
}
