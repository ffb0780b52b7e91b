package dev.portcullis.simulator.change;

import dev.portcullis.simulator.json.JsonWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One activity-log record of an {@link ArmOperation}: its {@code Started} or its {@code Succeeded} event. Both events
 * of one operation share {@code correlationId} and {@code operationId}; each has its own {@code eventDataId}.
 *
 * @param eventTimestamp when ARM processed it (what {@code $filter=eventTimestamp ge} compares)
 * @param availableAt when it arrives in the log ({@code submissionTimestamp}): not served before
 */
public record ActivityEvent(
        String eventDataId,
        String correlationId,
        String operationId,
        ArmOperation operation,
        Status status,
        Instant eventTimestamp,
        Instant availableAt,
        String caller,
        String tenantId) {

    /** Ticks of {@code 0001-01-01T00:00:00Z}, the epoch of .NET ticks in the event's {@code id}. */
    private static final long TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000L;
    static final String CLIENT_IP = "203.0.113.10";
    static final String AZURE_CLI_APP_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    /** The two states the simulator writes: a write's start, and its success. */
    public enum Status {
        STARTED("Started", "BeginRequest", "Begin request"),
        SUCCEEDED("Succeeded", "EndRequest", "End request");

        private final String value;
        private final String eventName;
        private final String eventNameLocalized;

        Status(String value, String eventName, String eventNameLocalized) {
            this.value = value;
            this.eventName = eventName;
            this.eventNameLocalized = eventNameLocalized;
        }

        public String value() {
            return value;
        }
    }

    public String subscriptionId() {
        return operation.subscriptionId();
    }

    public boolean arrivedBy(Instant now) {
        return !availableAt.isAfter(now);
    }

    /** The claims of a user signed in with the Azure CLI, as the log and Event Grid carry them. */
    Map<String, String> claims() {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("aud", "https://management.core.windows.net/");
        claims.put("iss", "https://sts.windows.net/" + tenantId + "/");
        claims.put("appid", AZURE_CLI_APP_ID);
        claims.put("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", caller);
        claims.put("name", caller);
        claims.put("ipaddr", CLIENT_IP);
        return claims;
    }

    /** {@code EventData} as {@code GET …/eventtypes/management/values} (api-version 2015-04-01) writes it. */
    public String json() {
        ArmOperation.Kind kind = operation.kind();
        String type = operation.resourceType();
        return JsonWriter.object(json -> {
            json.object("authorization", authorization -> authorization
                    .field("action", operation.operationName())
                    .field("scope", operation.resourceId()));
            json.field("caller", caller)
                    .field("channels", "Operation")
                    .stringMap("claims", claims())
                    .field("correlationId", correlationId)
                    .field("description", "")
                    .field("eventDataId", eventDataId);
            localized(json, "eventName", status.eventName, status.eventNameLocalized);
            localized(json, "category", "Administrative", "Administrative");
            json.object("httpRequest", http -> http
                    .field("clientRequestId", correlationId)
                    .field("clientIpAddress", CLIENT_IP)
                    .field("method", kind.method()));
            json.field("id", operation.resourceId() + "/events/" + eventDataId + "/ticks/" + ticks(eventTimestamp))
                    .field("level", "Informational")
                    .field("resourceGroupName", operation.resourceGroup() == null ? "" : operation.resourceGroup());
            localized(json, "resourceProviderName", operation.resourceProvider(), operation.resourceProvider());
            json.field("resourceId", operation.resourceId());
            localized(json, "resourceType", type, type);
            json.field("operationId", operationId);
            localized(json, "operationName", operation.operationName(), operation.operationName());
            json.object("properties", properties -> {
                if (status == Status.SUCCEEDED) {
                    properties.field("statusCode", kind.statusCode());
                }
                properties.field("serviceRequestId", operationId)
                        .field("eventCategory", "Administrative")
                        .field("entity", operation.resourceId())
                        .field("message", operation.operationName())
                        .field("hierarchy", tenantId + "/" + operation.subscriptionId());
            });
            localized(json, "status", status.value, status.value);
            if (status == Status.SUCCEEDED) {
                localized(json, "subStatus", kind.statusCode(), kind.subStatus());
            } else {
                localized(json, "subStatus", "", "");
            }
            json.field("eventTimestamp", eventTimestamp.toString())
                    .field("submissionTimestamp", availableAt.toString())
                    .field("subscriptionId", operation.subscriptionId())
                    .field("tenantId", tenantId);
        });
    }

    private static void localized(JsonWriter json, String name, String value, String localizedValue) {
        json.object(name, field -> field.field("value", value).field("localizedValue", localizedValue));
    }

    private static long ticks(Instant at) {
        Duration sinceEpoch = Duration.between(Instant.EPOCH, at);
        return TICKS_AT_UNIX_EPOCH + sinceEpoch.getSeconds() * 10_000_000L + sinceEpoch.getNano() / 100;
    }
}
