package dev.portcullis.simulator.http;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON response to send: status, body and headers beyond the ones every ARM response carries. */
record ArmResponse(int status, String body, Map<String, String> headers) {

    static ArmResponse ok(String json) {
        return new ArmResponse(200, json, Map.of());
    }

    /** ARM's error shape: {@code {"error": {"code", "message"}}}. */
    static ArmResponse error(int status, String code, String message) {
        String body = JsonWriter.object(json -> json.object("error", error -> error
                .field("code", code)
                .field("message", message)));
        return new ArmResponse(status, body, Map.of());
    }

    ArmResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ArmResponse(status, body, more);
    }
}
