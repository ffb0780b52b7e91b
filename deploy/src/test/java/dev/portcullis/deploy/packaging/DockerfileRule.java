package dev.portcullis.deploy.packaging;

/** What the image description must keep true, checked by {@link DockerfileRules}. */
enum DockerfileRule {
    /** The base image names a version (or a digest), never latest or nothing. */
    PINNED_BASE,
    /** The process runs as a non-root user. */
    NON_ROOT_USER,
    /** No ADD: it fetches URLs and unpacks archives, and has carried secrets into images. */
    NO_ADD,
    /** The Quarkus fast-jar layout is copied whole: lib/, app/, quarkus/ and quarkus-run.jar. */
    APP_LAYOUT,
    /** Copied files stay root's: no --chown or --chmod that would let the process change its own code. */
    ROOT_OWNED_FILES,
    /** The public port 8080 and the management port 9000 are declared. */
    PORTS,
    /** The application listens on every interface of the container (PORTCULLIS_HOST=0.0.0.0). */
    LISTEN_ON_ALL,
    /** No secret is baked in: no ENV or ARG value for a secret-looking name, no key files copied. */
    NO_BAKED_SECRETS,
    /** Temporary files go to /tmp (the writable emptyDir on a read-only root filesystem). */
    TMP_DIR
}
