package dev.portcullis.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcullis.persistence.audit.AuditQueries.AuditFilter;
import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.testing.TestEstate;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit log reads each entry's columns by name, empty ones included. The log is append-only, so each test writes
 * under an actor of its own and reads only that actor's lines.
 */
@QuarkusTest
class AuditQueriesTest {

    @Inject
    TestEstate estate;

    @Inject
    AuditQueries audit;

    private void entry(String actor, Instant at, String action, String outcome, String target, String detail,
                       String sourceAddress) {
        Map<String, Object> values = new HashMap<>(Map.of("at", at, "actor", actor, "action", action,
                "outcome", outcome));
        String columns = "at, actor, action, outcome";
        String params = ":at, :actor, :action, :outcome";
        for (var optional : new String[][] {{"target", target}, {"detail", detail},
                {"source_address", sourceAddress}}) {
            if (optional[1] != null) {
                values.put(optional[0], optional[1]);
                columns += ", " + optional[0];
                params += ", :" + optional[0];
            }
        }
        estate.execute("insert into audit_event (" + columns + ") values (" + params + ")", values);
    }

    @Test
    void aPageOfTheLogCarriesEachColumnOfEachEntryNewestFirst() {
        String actor = "auditor-" + UUID.randomUUID();
        Instant earlier = Instant.parse("2026-03-01T10:00:00.5Z");
        Instant later = Instant.parse("2026-03-01T11:00:00Z");
        entry(actor, earlier, "tenant.create", "SUCCESS", "tenant 1", "{\"name\":\"Contoso\"}", "192.0.2.7");
        entry(actor, later, "sign-in", "DENIED", null, null, null);

        Page<AuditEntry> page = audit.page(new AuditFilter(null, null, actor, null), 0, 10);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(AuditEntry::at, AuditEntry::actor, AuditEntry::action,
                AuditEntry::outcome, AuditEntry::target, AuditEntry::detail, AuditEntry::sourceAddress)
                .containsExactly(
                        tuple(later, actor, "sign-in", "DENIED", null, null, null),
                        tuple(earlier, actor, "tenant.create", "SUCCESS", "tenant 1",
                                "{\"name\":\"Contoso\"}", "192.0.2.7"));
        assertThat(page.items().get(0).id()).isGreaterThan(page.items().get(1).id());
    }

    @Test
    void anExportHandsOverTheSameEntriesAsThePages() {
        String actor = "exporter-" + UUID.randomUUID();
        entry(actor, Instant.parse("2026-03-01T10:00:00Z"), "scan.request", "SUCCESS", "scan 1", null, "192.0.2.8");
        entry(actor, Instant.parse("2026-03-01T10:01:00Z"), "scan.request", "FAILURE", "scan 2", "busy", null);
        AuditFilter filter = new AuditFilter(null, null, actor, "scan.request");

        List<AuditEntry> exported = new ArrayList<>();
        audit.forEach(filter, exported::add);

        assertThat(exported).isEqualTo(audit.page(filter, 0, 10).items());
        assertThat(exported).extracting(AuditEntry::target).containsExactly("scan 2", "scan 1");
    }
}
