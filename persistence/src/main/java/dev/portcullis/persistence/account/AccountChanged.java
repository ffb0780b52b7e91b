package dev.portcullis.persistence.account;

/**
 * An account's password, role or tenants changed, or it was deleted: whatever remembers a verified identity forgets
 * it. Fired inside the change's transaction.
 */
public record AccountChanged(String username) {
}
