package dev.portcullis.persistence.account;

import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** A {@link Grant} as the columns of an account, a token or a page session store it. */
@Embeddable
public class GrantColumns {

    @Column(nullable = false)
    public String role;

    @Column(name = "all_tenants", nullable = false)
    public boolean allTenants;

    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] tenants = new UUID[0];

    public static GrantColumns of(Grant grant) {
        GrantColumns columns = new GrantColumns();
        columns.role = grant.role().name();
        columns.allTenants = grant.allTenants();
        columns.tenants = grant.tenants().toArray(UUID[]::new);
        return columns;
    }

    public Grant toGrant() {
        return new Grant(Role.parse(role).orElseThrow(), allTenants, Set.copyOf(Arrays.asList(tenants)));
    }
}
