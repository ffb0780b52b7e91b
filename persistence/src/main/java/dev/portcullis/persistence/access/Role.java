package dev.portcullis.persistence.access;

import java.util.Arrays;
import java.util.Optional;

/** What a person or token may do, each role including the ones below it. */
public enum Role {
    /** Read what is in scope. */
    VIEWER,
    /** Also onboard tenants, suppress findings and trigger scans. */
    OPERATOR,
    /** Also manage accounts, tokens and tenants' deletion, and read the audit log. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
