package dev.portcullis.scanner.tenant;

/** The tenant is already onboarded. */
public class DuplicateTenantException extends RuntimeException {

    public DuplicateTenantException(String tenantId) {
        super("Tenant " + tenantId + " is already onboarded");
    }
}
