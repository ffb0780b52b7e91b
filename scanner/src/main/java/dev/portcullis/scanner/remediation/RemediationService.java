package dev.portcullis.scanner.remediation;

import dev.portcullis.persistence.query.RemediationFacts;
import dev.portcullis.persistence.query.RemediationQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.scanner.config.RemediationConfig;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.checks.Evaluator;
import dev.portcullis.engine.remediation.JitPolicySpec;
import dev.portcullis.engine.remediation.Language;
import dev.portcullis.engine.remediation.RemediationCatalogue;
import dev.portcullis.engine.remediation.RemediationFormat;
import dev.portcullis.engine.remediation.Remediations;
import dev.portcullis.engine.remediation.VmFacts;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remediation for a stored resource: loads its facts from the last scan and renders its failing checks. Made at
 * start-up, so a check without its remediation templates stops the application.
 */
@ApplicationScoped
@Startup
public class RemediationService {

    private final RemediationQueries queries;
    private final Remediations remediations;

    public RemediationService(RemediationQueries queries, CheckCatalogue checks, Evaluator evaluator,
                              RemediationConfig config) {
        this.queries = queries;
        this.remediations = new Remediations(
                new RemediationCatalogue(checks.definitions().stream().map(CheckDefinition::id).toList()),
                evaluator.settings(), config.adminSourceRanges().orElse(List.of()));
    }

    /**
     * The remediation text for the resource's open findings (or for {@code checkId} alone), empty when the resource
     * is unknown or outside the scope. A resource without open findings gets an empty list of sections, rendered as "".
     */
    public Optional<String> render(TenantScope scope, String resourceId, Optional<String> checkId,
                                   RemediationFormat format, Language language) {
        return queries.find(scope, resourceId, format != RemediationFormat.PORTAL).map(facts -> {
            List<String> checks = checkId.map(List::of).orElse(facts.openCheckIds());
            if (facts.vm().isEmpty() && ArmIds.segmentAfter(resourceId, "virtualMachineScaleSets") != null) {
                return remediations.forScaleSet(facts.subscriptionId().toString(), resourceId.trim(), checks, format,
                        language);
            }
            if (facts.vm().isEmpty()) {
                return remediations.forSubscription(facts.subscriptionId().toString(), checks, format, language);
            }
            return remediations.forVm(toVmFacts(facts, queries.openSubjects(resourceId)), checks, format, language);
        });
    }

    private static VmFacts toVmFacts(RemediationFacts facts, Map<String, List<Map<String, String>>> subjects) {
        RemediationFacts.Vm vm = facts.vm().orElseThrow();
        Optional<JitPolicySpec> policy = facts.policy().map(p -> new JitPolicySpec(facts.subscriptionId().toString(),
                p.resourceGroup(), p.location(), p.name(), p.vms().stream()
                .map(v -> new JitPolicySpec.VmEntry(v.id(), v.ports().stream()
                        .map(port -> new JitPolicySpec.Port(port.number(), port.protocol(), port.allowedSources(),
                                port.maxRequestAccessDuration()))
                        .toList(), v.publicIpAddress()))
                .toList()));
        return new VmFacts(facts.subscriptionId().toString(), facts.armEndpoint(), vm.resourceId(), vm.name(),
                vm.resourceGroup(), vm.location(), OsType.valueOf(vm.osType()), policy,
                vm.exposures().stream().map(e -> new VmFacts.Exposure(e.port(), e.publicIp(), e.nsgId(), e.nsgName(),
                        e.ruleName(), e.priority(), e.jitRule(), e.place(), e.path())).toList(),
                vm.nics().stream().map(n -> new VmFacts.Nic(n.id(), n.name(), n.nsgId(),
                        n.subnetNsgIds() == null ? List.of() : n.subnetNsgIds())).toList(), subjects);
    }
}
