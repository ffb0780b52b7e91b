package dev.portcullis.web.vms;

import dev.portcullis.persistence.query.VmDetail;
import dev.portcullis.engine.reachability.JitAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A port open through JIT right now: a request for the VM that is running at the time the page is shown, by the
 * same rule the scanner proves JIT's grants with ({@link JitAccess#isRunning}).
 */
public record OpenJitAccess(int port, List<String> sources, Instant until, String requestor, String justification) {

    public OpenJitAccess {
        sources = List.copyOf(sources);
    }

    static List<OpenJitAccess> of(List<VmDetail.JitRequestView> requests, Instant now) {
        List<OpenJitAccess> open = new ArrayList<>();
        for (VmDetail.JitRequestView request : requests) {
            for (VmDetail.RequestedPort port : request.ports()) {
                if (JitAccess.isRunning(port.status(), port.endTimeUtc(), now)) {
                    open.add(new OpenJitAccess(port.number(), port.allowedSources(),
                            JitAccess.endTime(port.endTimeUtc()).orElseThrow(), request.requestor(),
                            request.justification()));
                }
            }
        }
        return open;
    }
}
