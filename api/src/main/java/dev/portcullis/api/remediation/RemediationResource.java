package dev.portcullis.api.remediation;

import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.engine.remediation.Language;
import dev.portcullis.engine.remediation.RemediationFormat;
import dev.portcullis.scanner.remediation.RemediationService;
import dev.portcullis.engine.checks.CheckCatalogue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Remediation for a resource's open findings, generated for the resource as last scanned: Portal steps (Markdown),
 * Azure CLI, PowerShell, Terraform or Bicep, in English or Japanese ({@code Accept-Language: ja}).
 */
@Path("/api/v1/remediation")
public class RemediationResource {

    private final RemediationService remediation;
    private final CheckCatalogue catalogue;
    private final CurrentCaller caller;

    public RemediationResource(RemediationService remediation, CheckCatalogue catalogue, CurrentCaller caller) {
        this.remediation = remediation;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @APIResponse(responseCode = "200", description = "The remediation, in the language of Content-Language",
            content = @Content(mediaType = MediaType.TEXT_PLAIN))
    @APIResponse(responseCode = "404", description = "The resource is unknown or not among the caller's tenants")
    public Response get(@QueryParam("resourceId") String resourceId, @QueryParam("format") String format,
                        @QueryParam("checkId") String checkId,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (resourceId == null || resourceId.isBlank()) {
            throw ProblemException.badField("resourceId", "resourceId (an ARM id) is required");
        }
        RemediationFormat chosen = RemediationFormat.fromWireName(format == null ? "" : format).orElseThrow(
                () -> ProblemException.badField("format", "format must be one of " + Arrays.stream(
                        RemediationFormat.values()).map(RemediationFormat::wireName).toList()));
        if (checkId != null && catalogue.definition(checkId).isEmpty()) {
            throw ProblemException.badField("checkId", "checkId " + checkId + " is not in the catalogue");
        }
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        String text = remediation.render(caller.get().scope(), resourceId.trim(), Optional.ofNullable(checkId), chosen, language)
                .orElseThrow(() -> ProblemException.notFound("Resource", resourceId, "resourceId"));
        return Response.ok(text, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .build();
    }
}
