package dev.portcullis.scanner.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Remediation settings, under {@code portcullis.remediation}. */
@ConfigMapping(prefix = "portcullis.remediation")
public interface RemediationConfig {

    /**
     * The administrators' source ranges that remediation writes into JIT rules instead of any-source; when unset,
     * remediation prints a placeholder that makes the command fail rather than open a port to everyone.
     */
    Optional<List<String>> adminSourceRanges();
}
