package dev.portcullis.simulator.estate.builder;

import java.util.List;

/**
 * One port of a VM in a JIT policy. Exactly one of the two source fields is set, as in ARM.
 *
 * @param protocol {@code TCP}, {@code UDP} or {@code *}
 * @param maxRequestAccessDuration ISO-8601, e.g. {@code PT3H} or {@code P1D}
 */
public record JitPort(
        int number,
        String protocol,
        String allowedSourceAddressPrefix,
        List<String> allowedSourceAddressPrefixes,
        String maxRequestAccessDuration) {

    public JitPort {
        if ((allowedSourceAddressPrefix == null) == (allowedSourceAddressPrefixes == null)) {
            throw new IllegalArgumentException("port " + number + ": set exactly one source field");
        }
        allowedSourceAddressPrefixes = allowedSourceAddressPrefixes == null ? null : List.copyOf(allowedSourceAddressPrefixes);
    }

    /** A port open on request from one source prefix (singular field), any protocol. */
    public static JitPort port(int number, String maxDuration, String source) {
        return new JitPort(number, "*", source, null, maxDuration);
    }

    /** A port open on request from several source prefixes (plural field), any protocol. */
    public static JitPort portFromEach(int number, String maxDuration, String... sources) {
        return new JitPort(number, "*", null, List.of(sources), maxDuration);
    }

    public JitPort withProtocol(String protocol) {
        return new JitPort(number, protocol, allowedSourceAddressPrefix, allowedSourceAddressPrefixes, maxRequestAccessDuration);
    }
}
