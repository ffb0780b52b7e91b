package dev.portcullis.deploy.packaging;

/**
 * What the Helm chart must keep true, checked by {@link HelmChartRules}. Helm cannot be installed on these machines,
 * so the templates are never rendered: Chart.yaml and the values files are parsed, the templates are read as text.
 */
enum HelmChartRule {
    /** Chart.yaml is a v2 chart with a name, a semantic version and an appVersion. */
    CHART_METADATA,
    /** The defaults keep the workload's rules: replicas, budget, network policy, resources, privileges, shutdown. */
    SAFE_DEFAULTS,
    /** No value in values.yaml can hold a secret itself: secrets are only named (existingSecret and its keys). */
    NO_SECRET_VALUES,
    /** Every .Values path a template reads exists in values.yaml (a misspelt path renders as nothing). */
    VALUES_REFERENCES_EXIST,
    /** Every key of the documented values-*.yaml files exists in values.yaml. */
    OVERLAYS_MATCH_VALUES,
    /** Every template a file includes is defined in a .tpl file. */
    INCLUDES_DEFINED,
    /** Every environment variable with a secret-looking name in a template is read through secretKeyRef. */
    SECRET_ENV_FROM_SECRETS,
    /** The probes are HTTP GETs on the management port 9000, at the health path of their kind. */
    PROBES_ON_MANAGEMENT,
    /** The public Service carries no management port; the management Service is ClusterIP. */
    MANAGEMENT_NOT_PUBLIC,
    /** Egress ports in the NetworkPolicy template are 53, 5432 and 443 only. */
    EGRESS_PORTS,
    /** workloadIdentity.enabled adds the ServiceAccount's client-id annotation and the pods' use label. */
    WORKLOAD_IDENTITY,
    /** /tmp is an emptyDir and no API token is mounted. */
    POD_FILESYSTEM,
    /** NOTES.txt tells the installer what was deployed. */
    NOTES
}
