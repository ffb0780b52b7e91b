package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.JitRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One VM's JIT access requests at the scan's time: which are running (status {@code Initiated}, end after the scan)
 * and which are over. The proof that an Allow named like JIT's is JIT's own grant: a running request for the VM and
 * port whose approved sources cover every source the rule opens ({@link #prove}). A request without a readable end
 * time is not running: unknown is not approved.
 */
public final class JitAccess {

    public static final JitAccess NONE = new JitAccess(List.of(), List.of());

    private final List<Access> running;
    private final List<Access> over;

    private JitAccess(List<Access> running, List<Access> over) {
        this.running = List.copyOf(running);
        this.over = List.copyOf(over);
    }

    /** One requested port and the addresses its request approved. */
    private record Access(int port, AddressSet addresses) {
    }

    /** The requests in {@code requests} naming {@code vmId} (in any case), judged at {@code at}. */
    public static JitAccess of(String vmId, List<JitRequest> requests, Instant at) {
        List<Access> running = new ArrayList<>();
        List<Access> over = new ArrayList<>();
        String key = ArmIds.key(vmId);
        for (JitRequest request : requests) {
            for (JitRequest.RequestedVm vm : request.virtualMachines()) {
                if (vm.id() == null || !ArmIds.key(vm.id()).equals(key)) {
                    continue;
                }
                for (JitRequest.RequestedPort port : vm.ports()) {
                    Access access = new Access(port.number(), RuleMatching.approvedSources(port.allowedSources()));
                    (isRunning(port.status(), port.endTimeUtc(), at) ? running : over).add(access);
                }
            }
        }
        return new JitAccess(running, over);
    }

    /** A requested port is running at {@code at}: status {@code Initiated} and a readable end time after it. */
    public static boolean isRunning(String status, String endTimeUtc, Instant at) {
        Optional<Instant> end = endTime(endTimeUtc);
        return "Initiated".equalsIgnoreCase(status) && end.isPresent() && end.get().isAfter(at);
    }

    /** ARM writes {@code 2026-11-28T12:00:00.0000000Z}; a time without a zone is UTC; anything else is unreadable. */
    public static Optional<Instant> endTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.trim()));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** Whether a JIT-named Allow opening {@code opened} on {@code port} is a running request's grant, and if not why. */
    public JitProof prove(int port, AddressSet opened) {
        AddressSet approved = running.stream().filter(a -> a.port() == port).map(Access::addresses)
                .reduce(AddressSet.EMPTY, AddressSet::union);
        if (running.stream().anyMatch(a -> a.port() == port)) {
            return approved.containsAll(opened) ? JitProof.ACTIVE : JitProof.WIDER_THAN_APPROVED;
        }
        return over.stream().anyMatch(a -> a.port() == port) ? JitProof.LEFT_BEHIND : JitProof.UNPROVEN;
    }
}
