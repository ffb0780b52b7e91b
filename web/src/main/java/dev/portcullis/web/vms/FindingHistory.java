package dev.portcullis.web.vms;

import dev.portcullis.persistence.query.FindingEventView;
import dev.portcullis.persistence.query.FindingView;
import dev.portcullis.engine.checks.CheckDefinition;
import java.util.List;

/** A finding with its check's title in the viewer's language and its transitions, oldest first. */
public record FindingHistory(FindingView finding, CheckDefinition check, List<FindingEventView> events) {
}
