package dev.portcullis.persistence.query;

import java.util.List;

/**
 * How fast findings get fixed: per severity, the time from (re)opening to resolution of the resolutions in the
 * window; and the findings open now by how long they have been open.
 */
public record RemediationMetrics(List<TimeToResolve> timeToResolve, List<AgeBucket> openByAge) {

    /** Resolutions of one severity: how many, and their mean and median duration in hours. */
    public record TimeToResolve(String severity, long resolved, Double meanHours, Double medianHours) {
    }

    /** Open findings whose current open period is within the bucket ({@code <1d}, {@code 1-7d}, …). */
    public record AgeBucket(String bucket, long count) {
    }
}
