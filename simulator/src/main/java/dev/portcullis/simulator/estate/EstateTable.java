package dev.portcullis.simulator.estate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** The estate's expectations as Markdown tables (the README carries them; a test keeps them equal). */
public final class EstateTable {

    private EstateTable() {
    }

    /** Subscriptions, then one row per scenario with its VMs and expected results. */
    public static String markdown(Estate estate, List<Scenario> scenarios) {
        StringBuilder out = new StringBuilder();
        out.append("| subscription | tenant | id | VirtualMachines pricing | subscription_defender_servers_p2 |\n");
        out.append("|---|---|---|---|---|\n");
        Map<String, String> tenantNames = estate.tenants().stream()
                .collect(Collectors.toMap(SimTenant::tenantId, SimTenant::displayName));
        for (SimSubscription subscription : estate.subscriptions()) {
            out.append("| ").append(subscription.displayName())
                    .append(" | ").append(tenantNames.get(subscription.tenantId()))
                    .append(" | `").append(subscription.subscriptionId())
                    .append("` | ").append(subscription.defenderSetup())
                    .append(" | ").append(label(subscription.expectedDefenderP2()))
                    .append(" |\n");
        }
        out.append('\n');
        Map<String, List<String>> vmsByScenario = new LinkedHashMap<>();
        estate.virtualMachines().forEach(vm -> vmsByScenario.computeIfAbsent(vm.scenario(), key -> new ArrayList<>()).add(vm.name()));
        out.append(scenarioRows(scenarios, scenario -> vmsByScenario.getOrDefault(scenario.name(), List.of())));
        if (!estate.scaleSets().isEmpty()) {
            out.append('\n').append(scaleSetRows(estate));
        }
        return out.toString();
    }

    /** One row per Uniform scale set: where it is, what it is, and the scale-set check's expected result. */
    private static String scaleSetRows(Estate estate) {
        StringBuilder out = new StringBuilder();
        out.append("| Uniform scale set | subscription | what it is | " + CheckIds.VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED
                + " | JIT status |\n");
        out.append("|---|---|---|---|---|\n");
        for (SimScaleSet scaleSet : estate.scaleSets()) {
            out.append("| `").append(scaleSet.name()).append("` | ")
                    .append(estate.subscription(scaleSet.subscriptionId()).displayName())
                    .append(" | ").append(escape(scaleSet.description()))
                    .append(" | ").append(label(scaleSet.expected()))
                    .append(" | ").append(scaleSet.expectedJitStatus()).append(" |\n");
        }
        return out.toString();
    }

    private static String scenarioRows(List<Scenario> scenarios, Function<Scenario, List<String>> vmsOf) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | what it is | VMs | ")
                .append(CheckIds.VM_CHECKS.stream().map(check -> check.substring("vm_".length()))
                        .collect(Collectors.joining(" | ")))
                .append(" | JIT status |\n");
        out.append("|---|---|---|").append("---|".repeat(CheckIds.VM_CHECKS.size())).append("---|\n");
        for (Scenario scenario : scenarios) {
            List<String> vms = vmsOf.apply(scenario);
            out.append("| `").append(scenario.name()).append("` | ").append(escape(scenario.description()))
                    .append(" | ").append(vms.stream().map(EstateTable::escape).collect(Collectors.joining(", ")));
            for (String check : CheckIds.VM_CHECKS) {
                out.append(" | ").append(label(scenario.expected(check)));
            }
            out.append(" | ").append(scenario.jitStatus()).append(" |\n");
        }
        return out.toString();
    }

    /** The demo estate's tables. */
    public static String demo() {
        return markdown(Estate.demo(), DemoScenarios.ALL);
    }

    /**
     * The demo's 30 days: one row per day that changes, with the hand-written change of
     * {@link DemoHistory#changes()}, and the expectations that differ from the day before's (VMs
     * that appear with the checks they fail, VMs that go with the checks they failed, results
     * that flip), then the scenarios only earlier days use.
     */
    public static String history() {
        return history(Estate::demoOnDay);
    }

    /** {@link #history()} from estates already built: {@code estateOnDay} gives day 0 to 29's. */
    public static String history(IntFunction<Estate> estateOnDay) {
        List<Estate> days = new ArrayList<>();
        for (int day = DemoHistory.FIRST_DAY; day <= DemoHistory.TODAY; day++) {
            days.add(estateOnDay.apply(day));
        }
        StringBuilder out = new StringBuilder();
        out.append("| day | what changes | checks that flip (the day's expectations against the day before's) | VMs |\n");
        out.append("|---|---|---|---|\n");
        DemoHistory.changes().forEach((day, change) -> out.append("| ").append(day)
                .append(" | ").append(escape(change))
                .append(" | ").append(day == DemoHistory.FIRST_DAY ? "—" : escape(flips(days.get(day - 1), days.get(day))))
                .append(" | ").append(days.get(day).virtualMachines().size())
                .append(" |\n"));
        out.append('\n');
        out.append("| VM | subscription | days: scenario |\n");
        out.append("|---|---|---|\n");
        Map<String, List<String>> vmsByScenario = new LinkedHashMap<>();
        timelines(days).forEach((vm, spans) -> {
            out.append("| ").append(escape(vm.name())).append(" | ")
                    .append(days.get(DemoHistory.TODAY).subscription(vm.subscriptionId()).displayName()).append(" | ")
                    .append(spans.stream().map(span -> span.days() + ": `" + span.scenario() + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
            spans.forEach(span -> vmsByScenario.computeIfAbsent(span.scenario(), key -> new ArrayList<>())
                    .add(vm.name() + " (days " + span.days() + ")"));
        });
        out.append('\n');
        out.append(scenarioRows(DemoHistory.SCENARIOS, scenario -> vmsByScenario.getOrDefault(scenario.name(), List.of())));
        return out.toString();
    }

    /**
     * For each VM that does not exist every day or whose scenario changes: the runs of days with one
     * scenario, in the order of the VMs' first day.
     */
    private static Map<SimVm, List<Span>> timelines(List<Estate> days) {
        Map<String, List<SimVm>> byDay = new LinkedHashMap<>();
        for (Estate estate : days) {
            for (SimVm vm : estate.virtualMachines()) {
                byDay.computeIfAbsent(vm.resourceId().toLowerCase(Locale.ROOT), key -> new ArrayList<>(days.size()));
            }
        }
        Map<SimVm, List<Span>> timelines = new LinkedHashMap<>();
        byDay.forEach((id, unused) -> {
            List<Span> spans = new ArrayList<>();
            SimVm last = null;
            for (int day = 0; day < days.size(); day++) {
                SimVm vm = days.get(day).virtualMachines().stream()
                        .filter(candidate -> candidate.resourceId().equalsIgnoreCase(id)).findFirst().orElse(null);
                if (vm == null) {
                    continue;
                }
                last = vm;
                Span previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (previous != null && previous.last() == day - 1 && previous.scenario().equals(vm.scenario())) {
                    spans.set(spans.size() - 1, new Span(previous.first(), day, vm.scenario()));
                } else {
                    spans.add(new Span(day, day, vm.scenario()));
                }
            }
            boolean everyDayTheSame = spans.size() == 1 && spans.get(0).first() == 0 && spans.get(0).last() == days.size() - 1;
            if (!everyDayTheSame) {
                timelines.put(last, spans);
            }
        });
        return timelines;
    }

    private record Span(int first, int last, String scenario) {
        String days() {
            return first == last ? Integer.toString(first) : first + "–" + last;
        }
    }

    /** What the expectations of {@code after} say differently from {@code before}, {@code "—"} when nothing. */
    static String flips(Estate before, Estate after) {
        List<String> flips = new ArrayList<>();
        for (SimSubscription subscription : after.subscriptions()) {
            Expectation was = before.subscription(subscription.subscriptionId()).expectedDefenderP2();
            if (was != subscription.expectedDefenderP2()) {
                flips.add(subscription.displayName() + ": " + CheckIds.SUBSCRIPTION_DEFENDER_SERVERS_P2 + " "
                        + label(was) + " → " + label(subscription.expectedDefenderP2()));
            }
        }
        Map<String, SimVm> earlier = byId(before);
        Map<String, SimVm> later = byId(after);
        earlier.forEach((id, vm) -> {
            if (!later.containsKey(id)) {
                flips.add(vm.name() + " deleted: " + failing(vm, "its findings go"));
            }
        });
        later.forEach((id, vm) -> {
            SimVm was = earlier.get(id);
            if (was == null) {
                flips.add(vm.name() + " new: " + failing(vm, "findings open") + ", JIT status " + vm.expectedJitStatus());
                return;
            }
            List<String> changed = new ArrayList<>();
            for (String check : CheckIds.VM_CHECKS) {
                if (was.expected(check) != vm.expected(check)) {
                    changed.add(check + " " + label(was.expected(check)) + " → " + label(vm.expected(check)));
                }
            }
            if (was.expectedJitStatus() != vm.expectedJitStatus()) {
                changed.add("JIT status " + was.expectedJitStatus() + " → " + vm.expectedJitStatus());
            }
            if (!changed.isEmpty()) {
                flips.add(vm.name() + ": " + String.join(", ", changed));
            }
        });
        return flips.isEmpty() ? "—" : String.join("; ", flips);
    }

    private static String failing(SimVm vm, String what) {
        List<String> failing = CheckIds.VM_CHECKS.stream().filter(check -> vm.expected(check) == Expectation.FAIL).toList();
        return failing.isEmpty() ? "no FAIL" : "FAIL on " + String.join(", ", failing) + " (" + what + ")";
    }

    private static Map<String, SimVm> byId(Estate estate) {
        Map<String, SimVm> vms = new LinkedHashMap<>();
        estate.virtualMachines().forEach(vm -> vms.put(vm.resourceId().toLowerCase(Locale.ROOT), vm));
        return vms;
    }

    private static String label(Expectation expectation) {
        return expectation == Expectation.NOT_APPLICABLE ? "N/A" : expectation.name();
    }

    /** Keeps Markdown viewers from reading names like {@code <script>} as HTML or table syntax. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }
}
