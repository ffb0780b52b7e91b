package dev.portcullis.deploy.security;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Holder;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.account.Accounts;
import dev.portcullis.persistence.account.ApiTokens;
import dev.portcullis.persistence.account.UserAccountEntity;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Arrays;

/**
 * Security identities of accounts and tokens. Each carries its role and every role below it (so
 * {@code @RolesAllowed("VIEWER")} admits an ADMIN) and, as an attribute, the {@link Holder} the request's
 * {@link Caller} is built from.
 */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(UserAccountEntity account) {
        return of(account.username, new Holder(account.username, Caller.Kind.ACCOUNT, account.id,
                Accounts.grantOf(account)));
    }

    static SecurityIdentity of(ApiTokens.Valid token) {
        String name = token.owner() + " (token " + token.name() + ")";
        return of(name, new Holder(name, Caller.Kind.TOKEN, token.ownerRef(), token.grant()));
    }

    static SecurityIdentity of(Holder holder) {
        return of(holder.name(), holder);
    }

    static SecurityIdentity of(String principal, Holder holder) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal))
                .addAttribute(Holder.ATTRIBUTE, holder);
        Arrays.stream(Role.values()).filter(holder.grant().role()::includes).map(Role::name)
                .forEach(builder::addRole);
        return builder.build();
    }
}
