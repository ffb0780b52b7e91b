package dev.portcullis.web.suppressions;

import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.persistence.suppression.SuppressionView;
import java.time.Duration;
import java.time.Instant;

/**
 * A suppression rule as the exceptions page lists it: its kind ({@code finding}, {@code resourceGroup} or
 * {@code tag}), its check in the viewer's language (null for any check, or a check no longer in the catalogue), the
 * display name of its subscription (resource group rules), how many suppressed findings it holds now, and whether
 * it has expired or expires within {@link #SOON} (then in how many days, counted up: 5 hours left is 1 day).
 */
public record Rule(SuppressionView suppression, String kind, CheckDefinition check, String subscriptionName,
                   long held, boolean expired, boolean expiresSoon, long daysLeft) {

    static final Duration SOON = Duration.ofDays(7);

    static Rule of(SuppressionView s, long held, Instant now, CheckDefinition check, String subscriptionName) {
        String kind = s.resourceId() != null ? "finding" : s.resourceGroup() != null ? SuppressionsPage.RESOURCE_GROUP
                : SuppressionsPage.TAG;
        boolean expired = s.expiresAt() != null && !s.expiresAt().isAfter(now);
        boolean soon = !expired && s.expiresAt() != null && !s.expiresAt().isAfter(now.plus(SOON));
        long daysLeft = soon ? Math.max(1, (Duration.between(now, s.expiresAt()).toMinutes() + 1439) / 1440) : 0;
        return new Rule(s, kind, check, subscriptionName, held, expired, soon, daysLeft);
    }
}
