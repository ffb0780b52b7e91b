package dev.portcullis.persistence.query;

import java.time.LocalDate;

/**
 * Posture on one day (or week): summed over the selected subscriptions and checks. {@code carried} says no scan of
 * the selection ran that day and the counts are the last known ones. {@code compliancePercent} is passed over
 * passed + failed (suppressed and not-applicable results count for neither), null when nothing was evaluated.
 */
public record TrendPoint(LocalDate date, long passed, long failed, long notApplicable, long suppressed,
                         Double compliancePercent, long openFindings, long newFindings, long resolvedFindings,
                         boolean carried) {

    static TrendPoint of(LocalDate date, long passed, long failed, long notApplicable, long suppressed,
                         long newFindings, long resolvedFindings, boolean carried) {
        Double percent = passed + failed == 0 ? null : Math.round(1000.0 * passed / (passed + failed)) / 10.0;
        return new TrendPoint(date, passed, failed, notApplicable, suppressed, percent, failed, newFindings,
                resolvedFindings, carried);
    }
}
