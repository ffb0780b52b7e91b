package dev.portcullis.simulator.estate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        out.append("| scenario | what it is | VMs | nsg_attached | management_port_internet_exposed | jit_enabled "
                + "| jit_covers_management_ports | jit_max_duration | jit_source_restricted | jit_bypassed | JIT status |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<String>> vmsByScenario = new LinkedHashMap<>();
        estate.virtualMachines().forEach(vm -> vmsByScenario.computeIfAbsent(vm.scenario(), key -> new ArrayList<>()).add(vm.name()));
        for (Scenario scenario : scenarios) {
            List<String> vms = vmsByScenario.getOrDefault(scenario.name(), List.of());
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

    private static String label(Expectation expectation) {
        return expectation == Expectation.NOT_APPLICABLE ? "N/A" : expectation.name();
    }

    /** Keeps Markdown viewers from reading names like {@code <script>} as HTML or table syntax. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }
}
