package dev.portcullis.web.vms;

import dev.portcullis.persistence.query.VmDetail.Exposure;
import dev.portcullis.persistence.query.VmView;
import dev.portcullis.engine.vocabulary.JitStatus;
import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.catalogue.vm_jit_max_duration.VmJitMaxDurationCheck;
import dev.portcullis.engine.catalogue.vm_jit_source_restricted.VmJitSourceRestrictedCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A VM's management ports, one row each: is it reachable from the internet and through which rule, is it in the JIT
 * policy, for how long at most, and from which sources. Each judgement uses the same rule as the check that makes
 * the finding, so the grid and the findings cannot disagree.
 */
public final class PortGrid {

    /** The judgement of one cell. NONE: the question does not arise (no JIT rule for the port, say). */
    public enum Verdict { PASS, FAIL, UNKNOWN, NONE }

    /**
     * One way the internet reaches the port: where it enters (public IP, load-balancer rule or firewall DNAT rule,
     * with address and port) and the deciding rule at each step (the DNAT rule, then each NSG).
     */
    public record Path(String entry, List<String> rules) {
    }

    public record Row(int port, Verdict internet, List<Path> paths, Verdict jit, String maxDuration,
                      Verdict duration, List<String> sources, Verdict sourcesVerdict) {
    }

    private PortGrid() {
    }

    public static List<Row> of(VmView vm, List<Exposure> exposures, EvaluationSettings settings) {
        TreeSet<Integer> ports = new TreeSet<>(settings.managementPorts());
        vm.jitPorts().forEach(p -> ports.add(p.number()));
        exposures.forEach(e -> ports.add(e.port()));
        Set<Integer> required = settings.managementPortsFor(OsType.valueOf(vm.osType()));
        List<Row> rows = new ArrayList<>();
        for (int port : ports) {
            List<Path> paths = paths(port, exposures);
            Verdict internet = vm.exposedPorts() == null ? Verdict.UNKNOWN
                    : vm.exposedPorts().contains(port) ? Verdict.FAIL : Verdict.PASS;
            Optional<VmView.JitPortView> jit = vm.jitPorts().stream().filter(p -> p.number() == port).findFirst();
            rows.add(jit.map(rule -> new Row(port, internet, paths, Verdict.PASS, rule.maxRequestAccessDuration(),
                            VmJitMaxDurationCheck.withinLimit(rule.maxRequestAccessDuration(),
                                    settings.maxDurationFor(port)) ? Verdict.PASS : Verdict.FAIL,
                            rule.allowedSources() == null ? List.of() : rule.allowedSources(),
                            restricts(rule.allowedSources()) ? Verdict.PASS : Verdict.FAIL))
                    .orElse(new Row(port, internet, paths, !JitStatus.NOT_APPLICABLE.name().equals(vm.jitStatus())
                            && required.contains(port) ? Verdict.FAIL : Verdict.NONE, null, Verdict.NONE, List.of(), Verdict.NONE)));
        }
        return rows;
    }

    private static boolean restricts(List<String> sources) {
        return sources != null && !sources.isEmpty()
                && sources.stream().noneMatch(VmJitSourceRestrictedCheck::isAnySource);
    }

    private static List<Path> paths(int port, List<Exposure> exposures) {
        Map<String, List<String>> byEntry = new LinkedHashMap<>();
        exposures.stream().filter(e -> e.port() == port).forEach(e -> byEntry
                .computeIfAbsent(e.path() != null ? e.path() : e.publicIp(), entry -> new ArrayList<>())
                .add(e.nsgId() == null || "NO_NSG".equals(e.place()) ? ""
                        : ("FIREWALL".equals(e.place()) ? "firewall " : "") + e.nsgName() + " / " + e.ruleName()
                        + (e.priority() == null ? "" : " (" + e.priority() + ")")));
        return byEntry.entrySet().stream().map(e -> new Path(e.getKey(), e.getValue())).toList();
    }
}
