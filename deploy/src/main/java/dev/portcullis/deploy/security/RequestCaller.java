package dev.portcullis.deploy.security;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.access.Holder;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.web.login.ClientAddress;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/**
 * The one place a request's identity becomes a {@link Caller}: its role, its tenants and the scope every read model
 * filters by. Built once per request; the scope is resolved against the onboarded tenants at that moment.
 */
@RequestScoped
public class RequestCaller implements CurrentCaller {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final TenantQueries tenants;
    private Caller caller;

    public RequestCaller(SecurityIdentity identity, HttpServerRequest request, TenantQueries tenants) {
        this.identity = identity;
        this.request = request;
        this.tenants = tenants;
    }

    @Override
    public Caller get() {
        if (caller == null) {
            Holder holder = identity.getAttribute(Holder.ATTRIBUTE);
            if (holder == null) {
                throw new UnauthorizedException();
            }
            TenantScope scope = holder.grant().allTenants() ? TenantScope.ALL
                    : TenantScope.of(tenants.refsOf(holder.grant().tenants()));
            caller = new Caller(holder.name(), holder.kind(), holder.accountRef(), holder.grant().role(),
                    holder.grant().allTenants(), holder.grant().tenants(), scope, ClientAddress.of(request),
                    holder.sessionRef());
        }
        return caller;
    }
}
