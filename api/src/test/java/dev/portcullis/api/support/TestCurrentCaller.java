package dev.portcullis.api.support;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.access.Holder;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The request's {@link Caller} from the identity {@link TestCallers} gave it, built as the application builds it. */
@RequestScoped
public class TestCurrentCaller implements CurrentCaller {

    private final SecurityIdentity identity;
    private final TenantQueries tenants;

    public TestCurrentCaller(SecurityIdentity identity, TenantQueries tenants) {
        this.identity = identity;
        this.tenants = tenants;
    }

    @Override
    public Caller get() {
        Holder holder = identity.getAttribute(Holder.ATTRIBUTE);
        if (holder == null) {
            throw new UnauthorizedException();
        }
        TenantScope scope = holder.grant().allTenants() ? TenantScope.ALL
                : TenantScope.of(tenants.refsOf(holder.grant().tenants()));
        return new Caller(holder.name(), holder.kind(), holder.accountRef(), holder.grant().role(),
                holder.grant().allTenants(), holder.grant().tenants(), scope, "127.0.0.1", null);
    }
}
