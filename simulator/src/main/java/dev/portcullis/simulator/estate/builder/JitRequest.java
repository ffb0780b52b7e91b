package dev.portcullis.simulator.estate.builder;

import java.util.List;

/**
 * A past or open access request in a JIT policy's {@code requests[]} history, for one VM.
 *
 * @param justification {@code null} when the requester gave none
 */
public record JitRequest(String requestor, String justification, String startTimeUtc, List<Port> ports) {

    public JitRequest {
        ports = List.copyOf(ports);
    }

    public static JitRequest by(String requestor, String justification, String startTimeUtc, Port... ports) {
        return new JitRequest(requestor, justification, startTimeUtc, List.of(ports));
    }

    /**
     * One requested port. {@code allowedSourceAddressPrefix} and {@code endTimeUtc} are left out of
     * the payload when {@code null} (gaps readers must tolerate: such a request proves no grant).
     *
     * @param status {@code Initiated} while open, {@code Revoked} once closed
     * @param statusReason {@code UserRequested}, {@code Expired} or {@code NewerRequestInitiated}
     * @param ruleSource the source of the allow rule written for an open request: the approved
     *     source, unless the rule was widened by hand since ({@link #ruleOpensFrom})
     * @param mappedPort the firewall's public port JIT maps to this port (firewall-protected VMs), or {@code null}
     */
    public record Port(int number, String allowedSourceAddressPrefix, String endTimeUtc, String status, String statusReason,
                       String ruleSource, Integer mappedPort) {

        /**
         * Still open: JIT has written an allow rule for the requester's source. {@code endTimeUtc}
         * is usually {@link dev.portcullis.simulator.estate.ServedTime#fromNow}, so it stays open
         * whenever it is read.
         */
        public static Port open(int number, String source, String endTimeUtc) {
            return new Port(number, source, endTimeUtc, "Initiated", "UserRequested", source, null);
        }

        public static Port expired(int number, String source, String endTimeUtc) {
            return new Port(number, source, endTimeUtc, "Revoked", "Expired", source, null);
        }

        public static Port superseded(int number, String source, String endTimeUtc) {
            return new Port(number, source, endTimeUtc, "Revoked", "NewerRequestInitiated", source, null);
        }

        /** The allow rule of this open request admits {@code source} instead of the approved one (someone widened it). */
        public Port ruleOpensFrom(String source) {
            return new Port(number, allowedSourceAddressPrefix, endTimeUtc, status, statusReason, source, mappedPort);
        }

        /** The firewall's public port JIT maps to this port ({@code mappedPort}). */
        public Port mappedTo(int firewallPort) {
            return new Port(number, allowedSourceAddressPrefix, endTimeUtc, status, statusReason, ruleSource, firewallPort);
        }

        public boolean isOpen() {
            return "Initiated".equals(status);
        }
    }
}
