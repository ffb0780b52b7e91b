package dev.portcullis.scanner.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.management.exception.ManagementException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns ARM failures into one-line messages fit for a scan record: status, ARM error code and message. */
public final class ArmErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 500;

    private ArmErrors() {
    }

    /** ": Code: message" from an ARM error body, or empty when the body has none. */
    static String describe(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isMissingNode()) {
                return "";
            }
            return ": " + error.path("code").asText("") + ": " + truncate(error.path("message").asText(""));
        } catch (Exception e) {
            return "";
        }
    }

    /** A readable description of any failure thrown while talking to ARM. */
    public static String describe(Throwable failure) {
        if (failure instanceof ManagementException management && management.getValue() != null) {
            return "ARM answered " + management.getResponse().getStatusCode() + ": "
                    + management.getValue().getCode() + ": " + truncate(management.getValue().getMessage());
        }
        if (failure instanceof HttpResponseException http && http.getResponse() != null) {
            return "ARM answered " + http.getResponse().getStatusCode() + ": " + truncate(firstLine(http.getMessage()));
        }
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return truncate(firstLine(message));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
    }
}
