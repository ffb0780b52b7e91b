package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.InvalidFieldException;
import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.GrantRules;
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

    /**
     * A tenant just onboarded, with what its credential may read in each subscription, and the subscriptions it found
     * that another tenant holds.
     */
    public record Onboarded(UUID tenantRef, List<SubscriptionPermissions> selfCheck,
                            List<SubscriptionConflict> conflicts) {
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
        TenantOnboarding.Onboarded onboarded;
        try {
            onboarded = onboarding.onboard(registration, GrantRules.isFullAdmin(caller));
        } catch (AccessRuleException e) {
            audit.record(caller, ACTION, AuditLog.Outcome.DENIED, "tenant " + registration.tenantId(),
                    e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            audit.record(caller, ACTION, AuditLog.Outcome.FAILURE, "tenant " + registration.tenantId(),
                    e.getMessage());
            throw e;
        }
        audit.record(caller, ACTION, AuditLog.Outcome.SUCCESS, "tenant " + registration.tenantId(),
                registration + (onboarded.conflicts().isEmpty() ? "" : "; held by another tenant, left there: "
                        + onboarded.conflicts().stream().map(SubscriptionConflict::subscriptionId).toList()));
        return new Onboarded(onboarded.tenantRef(), selfCheck.checkTenant(onboarded.tenantRef()).orElse(List.of()),
                onboarded.conflicts());
    }

    private static UUID parse(String tenantId) {
        try {
            return tenantId == null ? null : UUID.fromString(tenantId.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
