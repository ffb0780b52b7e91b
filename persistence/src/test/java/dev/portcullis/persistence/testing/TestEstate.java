package dev.portcullis.persistence.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rows for the read models' tests, written with plain SQL into the schema the migrations built (so a test holds the
 * read models to the columns as they really are, not to the entities' view of them), and emptied before each test.
 * Builders start with every required column set to a plain value; a test states only what it asserts on.
 */
@ApplicationScoped
public class TestEstate {

    private final EntityManager em;

    public TestEstate(EntityManager em) {
        this.em = em;
    }

    /** Empties every table a read model reads, except the audit log (append-only: tests read their own lines). */
    public void reset() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate suppression, daily_rollup, daily_total, tenant_daily_total, scan_rollup, jit_policy,"
                        + " finding_event, finding, virtual_machine, scan_tenant, subscription_scan, scan,"
                        + " subscription, tenant, api_token, page_session, user_account cascade").executeUpdate());
    }

    /** Any other change to the rows, in its own transaction. */
    public void execute(String sql, Map<String, Object> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            Query statement = em.createNativeQuery(sql);
            parameters.forEach(statement::setParameter);
            statement.executeUpdate();
        });
    }

    public RowBuilder tenant(String displayName) {
        return new RowBuilder("tenant").set("id", UUID.randomUUID()).set("tenant_id", UUID.randomUUID())
                .set("display_name", displayName).set("cloud_name", "AzureCloud")
                .set("resource_manager_endpoint", "https://management.azure.com/")
                .set("authority_host", "https://login.microsoftonline.com/").set("credential_type", "none")
                .set("created_at", Instant.parse("2026-01-01T00:00:00Z"));
    }

    public RowBuilder subscription(UUID tenantRef, String displayName) {
        return new RowBuilder("subscription").set("id", UUID.randomUUID()).set("tenant_ref", tenantRef)
                .set("subscription_id", UUID.randomUUID()).set("display_name", displayName).set("enabled", true)
                .set("created_at", Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A VM of the subscription, its ARM id built from the subscription's id, resource group and name. */
    public RowBuilder vm(UUID subscriptionRef, UUID subscriptionId, String resourceGroup, String name) {
        String resourceId = "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.Compute/virtualMachines/" + name;
        return new RowBuilder("virtual_machine").set("id", UUID.randomUUID()).set("subscription_ref", subscriptionRef)
                .set("resource_key", resourceId.toLowerCase()).set("resource_id", resourceId).set("name", name)
                .set("resource_group", resourceGroup).set("location", "japaneast").set("os_type", "Linux")
                .json("public_ips", "[]").json("jit_ports", "[]").set("jit_status", "NONE")
                .set("first_seen_at", Instant.parse("2026-01-01T00:00:00Z"))
                .set("updated_at", Instant.parse("2026-01-01T00:00:00Z"));
    }

    public RowBuilder finding(UUID subscriptionRef, String checkId, String resourceId) {
        return new RowBuilder("finding").set("id", UUID.randomUUID()).set("check_id", checkId)
                .set("resource_key", resourceId.toLowerCase()).set("resource_id", resourceId)
                .set("resource_name", resourceId.substring(resourceId.lastIndexOf('/') + 1))
                .set("subscription_ref", subscriptionRef).set("severity", "HIGH").set("status", "OPEN")
                .set("first_seen_at", Instant.parse("2026-01-01T00:00:00Z"))
                .set("last_seen_at", Instant.parse("2026-01-01T00:00:00Z"));
    }

    public RowBuilder findingEvent(UUID findingRef, String type, Instant at) {
        return new RowBuilder("finding_event").set("finding_ref", findingRef).set("type", type).set("at", at);
    }

    public RowBuilder scan(String status) {
        return new RowBuilder("scan").set("id", UUID.randomUUID()).set("status", status).set("trigger", "MANUAL")
                .set("requested_at", Instant.parse("2026-01-01T00:00:00Z"));
    }

    public RowBuilder subscriptionScan(UUID scanRef, UUID subscriptionRef, String status) {
        return new RowBuilder("subscription_scan").set("id", UUID.randomUUID()).set("scan_ref", scanRef)
                .set("subscription_ref", subscriptionRef).set("status", status);
    }

    /** One day's rollup of a (subscription, check) pair: the database adds it to the per-day totals itself. */
    public RowBuilder rollup(UUID subscriptionRef, String checkId, LocalDate day) {
        return new RowBuilder("daily_rollup").set("subscription_ref", subscriptionRef).set("check_id", checkId)
                .set("day", Date.valueOf(day)).set("passed", 0).set("failed", 0).set("not_applicable", 0)
                .set("suppressed", 0).set("new_findings", 0).set("resolved_findings", 0);
    }

    public RowBuilder jitPolicy(UUID subscriptionRef, String resourceGroup, String location, String name) {
        String resourceId = "/subscriptions/x/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.Security/locations/" + location + "/jitNetworkAccessPolicies/" + name;
        return new RowBuilder("jit_policy").set("id", UUID.randomUUID()).set("subscription_ref", subscriptionRef)
                .set("resource_key", resourceId.toLowerCase()).set("resource_id", resourceId).set("name", name)
                .set("resource_group", resourceGroup).set("location", location).json("virtual_machines", "[]")
                .json("requests", "[]").set("updated_at", Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** One row of a table, column by column; {@link #insert()} writes it in its own transaction. */
    public final class RowBuilder {

        private final String table;
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, String> json = new LinkedHashMap<>();

        private RowBuilder(String table) {
            this.table = table;
        }

        /** A column's value; null leaves the column out (SQL null, or its default). */
        public RowBuilder set(String column, Object value) {
            json.remove(column);
            values.remove(column);
            if (value != null) {
                values.put(column, value);
            }
            return this;
        }

        /** A {@code jsonb} column, as JSON text; null leaves the column out (SQL null, or its default). */
        public RowBuilder json(String column, String text) {
            values.remove(column);
            json.remove(column);
            if (text != null) {
                json.put(column, text);
            }
            return this;
        }

        /** The value a column will be written with (its id, say), whether set by the test or by default. */
        @SuppressWarnings("unchecked")
        public <T> T get(String column) {
            return (T) values.get(column);
        }

        /** Writes the row and answers it, for its values. */
        public RowBuilder insert() {
            String columns = String.join(", ", values.keySet()) + (json.isEmpty() ? "" : (values.isEmpty() ? ""
                    : ", ") + String.join(", ", json.keySet()));
            String params = values.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "))
                    + (json.isEmpty() ? "" : (values.isEmpty() ? "" : ", ") + json.keySet().stream()
                    .map(c -> "cast(:" + c + " as jsonb)").collect(Collectors.joining(", ")));
            QuarkusTransaction.requiringNew().run(() -> {
                Query insert = em.createNativeQuery("insert into " + table + " (" + columns + ") values (" + params
                        + ")");
                values.forEach(insert::setParameter);
                json.forEach(insert::setParameter);
                insert.executeUpdate();
            });
            return this;
        }
    }
}
