package dev.portcullis.persistence.query;

/** Orders of the VM list; every order ends with the name and the resource id, so pages are stable. */
public enum VmSort {
    NAME("lower(v.name), v.resource_key"),
    JIT_STATUS("case v.jit_status when 'UNPROTECTED' then 0 when 'PARTIAL' then 1 when 'PROTECTED' then 2 else 3"
            + " end, lower(v.name), v.resource_key"),
    MOST_EXPOSED("coalesce(v.exposed_port_count, -1) desc, lower(v.name), v.resource_key"),
    MOST_FINDINGS("open_findings desc, lower(v.name), v.resource_key");

    /** The SQL {@code order by} over {@code virtual_machine v} and the {@code open_findings} column. */
    final String orderBy;

    VmSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
