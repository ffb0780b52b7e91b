package dev.portcullis.deploy.packaging;

/**
 * What the Kubernetes manifests must keep true, each rule checked by {@link PodTemplateRules} or
 * {@link ExposureRules}.
 */
enum ManifestRule {
    /** At least two replicas, so a node loss or a rollout never takes Portcullis down. */
    REPLICAS,
    /** Every container has CPU and memory requests and limits. */
    RESOURCES,
    /** Startup, readiness and liveness probes are HTTP GETs on the management port 9000 at their health path. */
    PROBES,
    /** An environment variable whose name says password, secret, key or token comes from a Secret, never a value. */
    SECRET_ENV,
    /** A *_FILE variable naming a secret points into a volume mounted from a Secret. */
    SECRET_FILE,
    /** Pods run as a non-root user. */
    NON_ROOT,
    /** The root filesystem is read-only, privileges cannot grow, and every capability is dropped. */
    LOCKED_DOWN_CONTAINER,
    /** The runtime's default seccomp profile (or a local one) is in force. */
    SECCOMP,
    /** /tmp is an emptyDir, the one writable place. */
    TMP_EMPTY_DIR,
    /** terminationGracePeriodSeconds exceeds the pre-stop pause plus PORTCULLIS_SHUTDOWN_GRACE. */
    GRACE_PERIOD,
    /** Replicas are spread over nodes (topology spread constraints or pod anti-affinity). */
    SPREAD,
    /** No Kubernetes API token is mounted: Portcullis never calls the API. */
    NO_API_TOKEN,
    /** The image names a version, not latest. */
    PINNED_IMAGE,
    /** No Service that reaches the public port, nor any Service outside the cluster, exposes the management port. */
    MANAGEMENT_NOT_PUBLIC,
    /** A PodDisruptionBudget keeps at least one replica during voluntary disruptions. */
    DISRUPTION_BUDGET,
    /** Egress is limited to DNS (53), PostgreSQL (5432) and HTTPS (443), each rule naming its ports. */
    EGRESS_PORTS,
    /** The management port is reachable only from a named namespace (monitoring). */
    MANAGEMENT_INGRESS,
    /** No Secret object is committed: secrets are created apart from the manifests. */
    NO_SECRET_OBJECTS,
    /** Deployment, Service, PodDisruptionBudget, NetworkPolicy and ServiceAccount are all there. */
    COMPLETE
}
