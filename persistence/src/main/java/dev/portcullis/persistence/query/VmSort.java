package dev.portcullis.persistence.query;

/** Orders of the VM list; every order ends with the name and the resource id, so pages are stable. */
public enum VmSort {
    NAME("lower(v.name), v.resourceKey"),
    JIT_STATUS("case v.jitStatus when 'UNPROTECTED' then 0 when 'PARTIAL' then 1 when 'PROTECTED' then 2 else 3 end,"
            + " lower(v.name), v.resourceKey"),
    MOST_EXPOSED("coalesce(v.exposedPortCount, -1) desc, lower(v.name), v.resourceKey"),
    MOST_FINDINGS("openFindings desc, lower(v.name), v.resourceKey");

    final String orderBy;

    VmSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
