package dev.portcullis.scanner.tenant;

import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Onboarding as a person or token asks for it, from the API or the wizard alike: the tenant must lie within the
 * caller's tenants, every attempt is audited (refused, failed or done), and the answer carries the permission
 * self-check of each subscription found.
 */
@ApplicationScoped
public class OnboardingByCaller {

    private static final String ACTION = "ONBOARD_TENANT";

    private final TenantOnboarding onboarding;
    private final PermissionSelfCheck selfCheck;
    private final AuditLog audit;

    public OnboardingByCaller(TenantOnboarding onboarding, PermissionSelfCheck selfCheck, AuditLog audit) {
        this.onboarding = onboarding;
        this.selfCheck = selfCheck;
        this.audit = audit;
    }

    /** A tenant just onboarded, with what its credential may read in each subscription. */
    public record Onboarded(UUID tenantRef, List<SubscriptionPermissions> selfCheck) {
    }

    /**
     * @throws AccessRuleException    DENIED (field {@code tenantId}) for a tenant outside the caller's
     * @throws InvalidFieldException  for a field that does not validate
     * @throws DiscoveryFailedException when Entra ID or ARM refuse or cannot be reached (nothing is stored)
     */
    public Onboarded onboard(Caller caller, TenantRegistration registration) {
        UUID entraTenantId = parse(registration.tenantId());
        if (entraTenantId != null && !caller.covers(entraTenantId)) {
            audit.record(caller, ACTION, AuditLog.Outcome.DENIED, "tenant " + entraTenantId,
                    "outside the caller's tenants");
            throw new AccessRuleException(AccessRuleException.Kind.DENIED, "tenantId",
                    "your access does not cover tenant " + entraTenantId);
        }
        UUID id;
        try {
            id = onboarding.onboard(registration);
        } catch (RuntimeException e) {
            audit.record(caller, ACTION, AuditLog.Outcome.FAILURE, "tenant " + registration.tenantId(),
                    e.getMessage());
            throw e;
        }
        audit.record(caller, ACTION, AuditLog.Outcome.SUCCESS, "tenant " + registration.tenantId(),
                registration.toString());
        return new Onboarded(id, selfCheck.checkTenant(id).orElse(List.of()));
    }

    private static UUID parse(String tenantId) {
        try {
            return tenantId == null ? null : UUID.fromString(tenantId.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
