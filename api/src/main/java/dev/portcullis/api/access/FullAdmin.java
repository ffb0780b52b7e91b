package dev.portcullis.api.access;

import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Role;

/** Accounts and the audit log span every tenant, so only an ADMIN over every tenant manages or reads them. */
final class FullAdmin {

    private FullAdmin() {
    }

    static void require(Caller caller) {
        if (!caller.may(Role.ADMIN) || !caller.allTenants()) {
            throw ProblemException.forbidden(null, "this needs the ADMIN role over every tenant");
        }
    }
}
