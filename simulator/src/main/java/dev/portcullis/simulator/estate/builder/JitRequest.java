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
     * One requested port.
     *
     * @param status {@code Initiated} while open, {@code Revoked} once closed
     * @param statusReason {@code UserRequested}, {@code Expired} or {@code NewerRequestInitiated}
     */
    public record Port(int number, String allowedSourceAddressPrefix, String endTimeUtc, String status, String statusReason) {

        /** Still open: JIT has written an allow rule for the requester's source. */
        public static Port open(int number, String source, String endTimeUtc) {
            return new Port(number, source, endTimeUtc, "Initiated", "UserRequested");
        }

        public static Port expired(int number, String source, String endTimeUtc) {
            return new Port(number, source, endTimeUtc, "Revoked", "Expired");
        }

        public static Port superseded(int number, String source, String endTimeUtc) {
            return new Port(number, source, endTimeUtc, "Revoked", "NewerRequestInitiated");
        }

        public boolean isOpen() {
            return "Initiated".equals(status);
        }
    }
}
