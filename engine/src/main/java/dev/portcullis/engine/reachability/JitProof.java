package dev.portcullis.engine.reachability;

/** What an Allow named like JIT's rules turned out to be, once held against the VM's JIT requests. */
public enum JitProof {
    /** Not named like JIT's rules: an ordinary rule. */
    NOT_JIT(null),
    /** An approved request for this VM and port is running and its sources cover the rule's: JIT working. */
    ACTIVE(null),
    /** A request for the port is running, but the rule opens more than it approved. */
    WIDER_THAN_APPROVED("named like JIT's rules, but it opens more than the running JIT request approved"),
    /** Requests for the port exist, none is running: the rule outlived its request. */
    LEFT_BEHIND("named like JIT's rules, but no JIT request for the port is running any more (left behind)"),
    /** No request for the VM and port at all. */
    UNPROVEN("named like JIT's rules, but no JIT request for the VM and port approves it");

    private final String explanation;

    JitProof(String explanation) {
        this.explanation = explanation;
    }

    /** Why the rule counts as an ordinary Allow, for details; null when it does not. */
    public String explanation() {
        return explanation;
    }

    /** A JIT-named rule that JIT's requests do not prove: it counts as any other Allow. */
    public boolean unproven() {
        return explanation != null;
    }
}
