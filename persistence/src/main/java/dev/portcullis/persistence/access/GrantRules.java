package dev.portcullis.persistence.access;


/** Who may administer what: the rules the API and the pages share. */
public final class GrantRules {

    private GrantRules() {
    }

    /** Accounts and the audit log span every tenant, so only an ADMIN over every tenant manages or reads them. */
    public static void requireFullAdmin(Caller caller) {
        if (!isFullAdmin(caller)) {
            throw AccessRuleException.denied(null, "this needs the ADMIN role over every tenant");
        }
    }

    public static boolean isFullAdmin(Caller caller) {
        return caller.may(Role.ADMIN) && caller.allTenants();
    }

    /** No one hands out more than they hold: a higher role, or a tenant outside their own. */
    public static void requireWithin(Caller caller, Grant grant) {
        if (!caller.may(grant.role())) {
            throw AccessRuleException.denied("role", "you cannot grant " + grant.role() + ": it is above your own"
                    + " role " + caller.role());
        }
        if (!caller.covers(grant.allTenants(), grant.tenants())) {
            throw AccessRuleException.denied("tenants", "you cannot grant tenants outside your own");
        }
    }
}
