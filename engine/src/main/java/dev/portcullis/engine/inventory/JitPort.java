package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * A JIT port rule. {@code allowedSources} merges ARM's exclusive {@code allowedSourceAddressPrefix} and
 * {@code allowedSourceAddressPrefixes}; {@code maxRequestAccessDuration} stays ISO-8601 as ARM wrote it.
 */
public record JitPort(int number, String protocol, List<String> allowedSources, String maxRequestAccessDuration) {

    public JitPort {
        allowedSources = List.copyOf(allowedSources);
    }
}
