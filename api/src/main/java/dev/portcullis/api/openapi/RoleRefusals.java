package dev.portcullis.api.openapi;

/** The descriptions of the 403 answers that a role check gives, shared by the resources' OpenAPI annotations. */
public final class RoleRefusals {

    public static final String NEEDS_OPERATOR = "The caller's role is below OPERATOR";
    public static final String NEEDS_ADMIN = "The caller's role is below ADMIN";
    public static final String NEEDS_FULL_ADMIN = "The caller is not an ADMIN over every tenant";

    private RoleRefusals() {
    }
}
