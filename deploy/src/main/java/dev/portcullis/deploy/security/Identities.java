package dev.portcullis.deploy.security;

import dev.portcullis.persistence.account.UserAccountEntity;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of a local account. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(UserAccountEntity account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRole(account.role)
                .build();
    }
}
