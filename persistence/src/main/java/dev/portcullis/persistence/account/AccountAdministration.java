package dev.portcullis.persistence.account;

import dev.portcullis.persistence.access.AccessRuleException.Kind;
import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.GrantRules;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.audit.AuditLog.Outcome;
import dev.portcullis.persistence.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Managing local accounts, for the API and the pages alike: an ADMIN over every tenant only, names and passwords
 * checked, never more handed out than the caller holds, the last full ADMIN kept, and every change audited.
 */
@ApplicationScoped
public class AccountAdministration {

    public static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 1024;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final Accounts accounts;
    private final AuditLog audit;

    public AccountAdministration(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    public List<AccountView> list(Caller caller) {
        GrantRules.requireFullAdmin(caller);
        return accounts.list();
    }

    public AccountView find(Caller caller, UUID id) {
        GrantRules.requireFullAdmin(caller);
        return accounts.find(id).orElseThrow(() -> notFound(id));
    }

    public AccountView create(Caller caller, String username, String password, Grant grant) {
        GrantRules.requireFullAdmin(caller);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccessRuleException(Kind.INVALID, "username",
                    "username must be 1 to 100 letters, digits or . _ @ -");
        }
        if (password == null) {
            throw new AccessRuleException(Kind.INVALID, "password", "password is required");
        }
        checkPassword(password);
        GrantRules.requireWithin(caller, grant);
        if (accounts.exists(username)) {
            throw new AccessRuleException(Kind.CONFLICT, "username", "an account named " + username
                    + " already exists");
        }
        AccountView created = accounts.create(username, password, grant);
        audit.record(caller, "CREATE_USER", Outcome.SUCCESS, "account " + username, describe(grant));
        return created;
    }

    /** Changes any of password, grant (role and tenants together) and lock; null leaves it as it is. */
    public AccountView change(Caller caller, UUID id, String password, Grant grant, Boolean unlock) {
        GrantRules.requireFullAdmin(caller);
        AccountView current = accounts.find(id).orElseThrow(() -> notFound(id));
        if (password != null) {
            checkPassword(password);
        }
        if (grant != null) {
            GrantRules.requireWithin(caller, grant);
            if (isFullAdmin(current) && !(grant.role() == Role.ADMIN && grant.allTenants())
                    && accounts.fullAdmins() <= 1) {
                throw new AccessRuleException(Kind.CONFLICT, "role",
                        "this is the last ADMIN over every tenant: make another first");
            }
        }
        AccountView changed = accounts.change(id, new Accounts.Change(password, grant, unlock,
                        id.equals(caller.accountRef()) ? caller.sessionRef() : null))
                .orElseThrow(() -> notFound(id));
        boolean rightsChanged = !java.util.Objects.equals(changed.rightsChangedAt(), current.rightsChangedAt());
        audit.record(caller, "UPDATE_USER", Outcome.SUCCESS, "account " + current.username(),
                (password != null ? "password changed; " : "") + (grant != null ? describe(grant) + "; " : "")
                        + (Boolean.TRUE.equals(unlock) ? "unlocked; " : "")
                        + (rightsChanged ? "its other page sessions ended; " + changed.activeTokens()
                        + " API token(s) left, each limited to the new grant" : ""));
        return changed;
    }

    public void delete(Caller caller, UUID id) {
        GrantRules.requireFullAdmin(caller);
        AccountView current = accounts.find(id).orElseThrow(() -> notFound(id));
        if (isFullAdmin(current) && accounts.fullAdmins() <= 1) {
            throw new AccessRuleException(Kind.CONFLICT, "id",
                    "this is the last ADMIN over every tenant: make another first");
        }
        accounts.delete(id);
        audit.record(caller, "DELETE_USER", Outcome.SUCCESS, "account " + current.username(),
                "its API tokens and page sessions too");
    }

    public static String describe(Grant grant) {
        return "role " + grant.role() + " over " + String.join(", ", grant.tenantsAsWritten());
    }

    private static boolean isFullAdmin(AccountView account) {
        return Role.ADMIN.name().equals(account.role()) && account.tenants().equals(List.of("*"));
    }

    private static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new AccessRuleException(Kind.INVALID, "password", "password must have " + MIN_PASSWORD + " to "
                    + MAX_PASSWORD + " characters");
        }
    }

    private static AccessRuleException notFound(UUID id) {
        return new AccessRuleException(Kind.NOT_FOUND, "id", "User " + id + " does not exist");
    }
}
