package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.OsType;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Organisation-specific knobs of the checks.
 *
 * @param customManagementPorts ports treated like SSH/RDP (for example 2222)
 * @param maxAccessDuration     longest JIT window allowed for 22, 3389 and custom ports
 * @param maxWinRmAccessDuration longest JIT window allowed for WinRM 5985/5986
 */
public record EvaluationSettings(Set<Integer> customManagementPorts, Duration maxAccessDuration,
                                 Duration maxWinRmAccessDuration) {

    public static final int SSH = 22;
    public static final int RDP = 3389;
    public static final int WINRM_HTTP = 5985;
    public static final int WINRM_HTTPS = 5986;

    public EvaluationSettings {
        customManagementPorts = Set.copyOf(customManagementPorts);
    }

    public static EvaluationSettings defaults() {
        return new EvaluationSettings(Set.of(), Duration.ofHours(3), Duration.ofHours(1));
    }

    /** Every management port over TCP, whatever the OS: 22, 3389, 5985, 5986 and the custom ones. */
    public Set<Integer> managementPorts() {
        Set<Integer> ports = new TreeSet<>(Set.of(SSH, RDP, WINRM_HTTP, WINRM_HTTPS));
        ports.addAll(customManagementPorts);
        return ports;
    }

    /** The ports JIT must cover for an OS: Linux 22; Windows 3389, 5985, 5986; unknown all four; plus custom. */
    public Set<Integer> managementPortsFor(OsType osType) {
        Set<Integer> ports = new TreeSet<>(switch (osType) {
            case LINUX -> Set.of(SSH);
            case WINDOWS -> Set.of(RDP, WINRM_HTTP, WINRM_HTTPS);
            case UNKNOWN -> Set.of(SSH, RDP, WINRM_HTTP, WINRM_HTTPS);
        });
        ports.addAll(customManagementPorts);
        return ports;
    }

    public Duration maxDurationFor(int port) {
        return port == WINRM_HTTP || port == WINRM_HTTPS ? maxWinRmAccessDuration : maxAccessDuration;
    }
}
