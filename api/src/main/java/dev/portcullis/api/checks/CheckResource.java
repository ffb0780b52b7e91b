package dev.portcullis.api.checks;

import dev.portcullis.api.Items;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.remediation.Language;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The check catalogue: each check's requirement ({@code title}), the statement of its failure ({@code failTitle}),
 * severity, description and risk, in English or Japanese ({@code Accept-Language: ja}).
 */
@Path("/api/v1/checks")
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {

    private final CheckCatalogue catalogue;

    public CheckResource(CheckCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @APIResponse(responseCode = "200", description = "The checks, in the language of Content-Language")
    public RestResponse<Items<CheckDefinition>> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return RestResponse.ResponseBuilder.ok(new Items<>(catalogue.definitions(language.code())))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
