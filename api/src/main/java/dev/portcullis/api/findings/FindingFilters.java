package dev.portcullis.api.findings;

import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.api.problem.QueryParams;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.query.FindingFilter;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The findings filters of the query string ({@code status}, {@code tenant}, {@code subscriptionId},
 * {@code checkId}, {@code severity}), read the same way by the list and the export: a value that is not allowed is a
 * 400 naming its parameter, a tenant the caller cannot see a 404 naming it.
 */
@ApplicationScoped
class FindingFilters {

    private final TenantQueries tenants;
    private final CheckCatalogue catalogue;

    FindingFilters(TenantQueries tenants, CheckCatalogue catalogue) {
        this.tenants = tenants;
        this.catalogue = catalogue;
    }

    FindingFilter of(TenantScope scope, String status, String tenant, String subscriptionId, String checkId,
                     String severity) {
        if (checkId != null && !checkId.isBlank() && catalogue.definition(checkId).isEmpty()) {
            throw ProblemException.badField("checkId", "checkId " + checkId + " is not in the catalogue");
        }
        return new FindingFilter(
                QueryParams.oneOf(status, "status", FindingStatus.class),
                QueryParams.tenant(tenants, scope, tenant, "tenant"),
                JsonBodies.guid(subscriptionId, "subscriptionId"),
                checkId == null || checkId.isBlank() ? null : checkId,
                QueryParams.oneOf(severity, "severity", Severity.class));
    }
}
