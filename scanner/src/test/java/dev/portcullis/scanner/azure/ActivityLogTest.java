package dev.portcullis.scanner.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.change.ChangeEvent;
import dev.portcullis.engine.change.ChangeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> items(String json) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(json).path("value").forEach(items::add);
        return items;
    }

    @Test
    void theQueryAsksForEventsFromTheWindowsStartWithTheFilterEncoded() {
        assertThat(ActivityLog.query("c0a70500-0001-4000-8000-00000000a001", Instant.parse("2026-11-30T07:40:00Z")))
                .isEqualTo("/subscriptions/c0a70500-0001-4000-8000-00000000a001/providers/Microsoft.Insights/"
                        + "eventtypes/management/values?api-version=2015-04-01"
                        + "&$filter=eventTimestamp%20ge%20%272026-11-30T07%3A40%3A00Z%27");
    }

    @Test
    void anAdministrativeEventBecomesAChangeWithItsOperationStatusResourceCallerAndTime() throws Exception {
        List<ChangeEvent> events = ActivityLog.events(items("""
                {"value": [{
                  "eventDataId": "9b1f1c9e-0000-4000-8000-000000000001",
                  "correlationId": "5c7a3f12-0000-4000-8000-000000000002",
                  "operationName": {"value": "Microsoft.Network/networkSecurityGroups/securityRules/write",
                                    "localizedValue": "Create or Update Security Rule"},
                  "status": {"value": "Succeeded", "localizedValue": "Succeeded"},
                  "category": {"value": "Administrative", "localizedValue": "Administrative"},
                  "caller": "alice@contoso.com",
                  "eventTimestamp": "2026-11-30T07:45:12.1234567Z",
                  "resourceId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg/securityRules/allow-ssh",
                  "subscriptionId": "s"
                }, {
                  "eventDataId": "policy-1",
                  "operationName": {"value": "Microsoft.Authorization/policies/audit/action"},
                  "status": {"value": "Succeeded"},
                  "category": {"value": "Policy"},
                  "eventTimestamp": "2026-11-30T07:45:13Z"
                }, {
                  "eventDataId": "broken-1",
                  "category": {"value": "Administrative"},
                  "eventTimestamp": "2026-11-30T07:45:14Z"
                }]}
                """));

        assertThat(events).containsExactly(new ChangeEvent(ChangeSource.ACTIVITY_LOG,
                "9b1f1c9e-0000-4000-8000-000000000001", "5c7a3f12-0000-4000-8000-000000000002",
                "Microsoft.Network/networkSecurityGroups/securityRules/write", "Succeeded",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg/"
                        + "securityRules/allow-ssh", "s", "alice@contoso.com",
                Instant.parse("2026-11-30T07:45:12.1234567Z")));
    }
}
