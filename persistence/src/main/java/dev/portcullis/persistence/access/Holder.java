package dev.portcullis.persistence.access;

import java.util.UUID;

/**
 * Who holds a grant and how they signed in: what a security identity carries (as the attribute {@link #ATTRIBUTE})
 * for the request's {@link Caller} to be built from.
 *
 * @param accountRef the local account, or a token's owner; null for single sign-on
 * @param sessionRef the page session the request came with; null for the API
 */
public record Holder(String name, Caller.Kind kind, UUID accountRef, Grant grant, UUID sessionRef) {

    public static final String ATTRIBUTE = "portcullis.holder";

    /** A holder without a page session (an API call, or a sign-in about to start one). */
    public Holder(String name, Caller.Kind kind, UUID accountRef, Grant grant) {
        this(name, kind, accountRef, grant, null);
    }
}
