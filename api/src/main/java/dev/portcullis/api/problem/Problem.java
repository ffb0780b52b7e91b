package dev.portcullis.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem body; {@code field} names the offending request field for validation errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem (application/problem+json)")
public record Problem(
        @Schema(required = true, example = "about:blank") String type,
        @Schema(required = true, example = "Bad Request") String title,
        @Schema(required = true, example = "400") int status,
        @Schema(description = "What went wrong, for a person", example = "size must be between 1 and 1000")
        String detail,
        @Schema(description = "The request field or parameter at fault, as a JSON path, when one is",
                example = "cloud.resourceManagerEndpoint") String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail, String field) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, field);
    }

    public static Response response(int status, String title, String detail, String field) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, field))
                .build();
    }
}
