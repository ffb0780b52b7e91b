package dev.portcullis.notifications.delivery;

import dev.portcullis.engine.notification.DestinationFilter;
import dev.portcullis.engine.notification.EventType;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.account.Accounts;
import dev.portcullis.persistence.account.UserAccountEntity;
import dev.portcullis.persistence.notification.DestinationEntity;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The destinations as the dispatcher matches events to them: what each wants, and whose events it may carry. A
 * destination acts within its creator's rights, like a token: the tenants it was made for, narrowed to those its owner
 * (a local account) holds now; a destination whose owner is gone carries nothing. One made by a single sign-on user
 * keeps the rights that user had when making it (their rights are known only while they are signed in).
 */
final class Recipients {

    /** A destination with its filter and the Entra tenants whose events it may carry now. */
    record Recipient(DestinationEntity destination, DestinationFilter filter, Grant rights) {

        boolean wants(EventType type, Severity severity, String checkId, UUID entraTenantId) {
            return (rights.allTenants() || rights.tenants().contains(entraTenantId))
                    && filter.wants(type, severity, checkId);
        }
    }

    private Recipients() {
    }

    static List<Recipient> all() {
        return DestinationEntity.<DestinationEntity>listAll().stream()
                .map(Recipients::of)
                .flatMap(Optional::stream)
                .toList();
    }

    static Optional<Recipient> of(DestinationEntity destination) {
        Grant made = destination.grant.toGrant();
        Optional<Grant> rights = destination.ownerRef == null ? Optional.of(made)
                : UserAccountEntity.<UserAccountEntity>findByIdOptional(destination.ownerRef)
                        .map(owner -> made.within(Accounts.grantOf(owner)));
        return rights.map(r -> new Recipient(destination, filterOf(destination), r));
    }

    static DestinationFilter filterOf(DestinationEntity destination) {
        return new DestinationFilter(
                Arrays.stream(destination.events).map(EventType::parse).flatMap(Optional::stream)
                        .collect(Collectors.toSet()),
                destination.minSeverity, Arrays.stream(destination.checkIds).collect(Collectors.toSet()));
    }
}
