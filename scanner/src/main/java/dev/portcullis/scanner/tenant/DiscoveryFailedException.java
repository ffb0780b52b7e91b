package dev.portcullis.scanner.tenant;

/** Onboarding could not list the tenant's subscriptions; nothing was stored. */
public class DiscoveryFailedException extends RuntimeException {

    public DiscoveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
