package dev.portcullis.engine.catalogue.vm_jit_max_duration;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.JitPortRules;
import dev.portcullis.engine.checks.VmCheck;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.VirtualMachine;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** No JIT port may grant access longer than its limit (PT3H, PT1H for WinRM by default). */
public final class VmJitMaxDurationCheck implements VmCheck {

    public static final String ID = "vm_jit_max_duration";

    /** Whether a declared ISO-8601 duration is within the limit; a missing or unreadable one is not. */
    public static boolean withinLimit(String declared, Duration limit) {
        try {
            return declared != null && Duration.parse(declared).compareTo(limit) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings) {
        List<JitPort> rules = JitPortRules.of(vm, index);
        if (rules.isEmpty()) {
            return notApplicable(vm, "The VM has no JIT port rules.");
        }
        List<String> tooLong = new ArrayList<>();
        for (JitPort port : rules) {
            Duration limit = settings.maxDurationFor(port.number());
            String declared = port.maxRequestAccessDuration();
            if (declared == null) {
                tooLong.add(port.number() + " (no maxRequestAccessDuration)");
                continue;
            }
            try {
                if (Duration.parse(declared).compareTo(limit) > 0) {
                    tooLong.add(port.number() + " allows " + declared + " (limit " + limit + ")");
                }
            } catch (DateTimeParseException e) {
                tooLong.add(port.number() + " has unreadable duration '" + declared + "'");
            }
        }
        if (tooLong.isEmpty()) {
            return pass(vm, "Every JIT port is within its maximum access duration.");
        }
        return fail(vm, "JIT access too long on port " + String.join("; ", tooLong) + ".");
    }
}
