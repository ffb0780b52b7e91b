package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.JitStatus;
import dev.portcullis.engine.vocabulary.OsType;
import java.util.UUID;

/**
 * Filters and order of the VM list; null means "any".
 *
 * @param exposed      true: some management port is reachable from the internet; false: exposure evaluated and none
 * @param nameContains case-insensitive part of the VM's name
 */
public record VmFilter(UUID tenantRef, UUID subscriptionId, JitStatus jitStatus, OsType osType, Boolean exposed,
                       String nameContains, VmSort sort) {

    public static VmFilter any() {
        return new VmFilter(null, null, null, null, null, null, VmSort.NAME);
    }

    public VmFilter {
        sort = sort == null ? VmSort.NAME : sort;
    }
}
