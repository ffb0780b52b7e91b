package dev.portcullis.persistence.query;

import java.util.UUID;

/**
 * One finding as an export writes it: the finding as the API shows it ({@link FindingView}) and what the export
 * adds from the rows it joins: its subscription's name, its Entra tenant, and the region of the VM it names (null for
 * a resource that is not a VM of the current inventory).
 */
public record FindingExportRow(FindingView finding, String subscriptionName, UUID tenantId, String region) {
}
