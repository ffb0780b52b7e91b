/**
 * The REST API under {@code /api/v1}. The OpenAPI definition below names the document and its two ways in; every
 * operation needs one of them but Event Grid's deliveries, which carry their own key (see {@link dev.portcullis.api.openapi.ProblemResponses} for the error answers).
 */
@OpenAPIDefinition(
        info = @Info(title = "Portcullis API", version = "v1",
                description = "Azure security posture: tenants, scans, findings, trends, suppressions, accounts and"
                        + " API tokens. Errors are application/problem+json (RFC 9457)."),
        components = @Components(securitySchemes = {
                @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                        description = "A local account's user name and password"),
                @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                        bearerFormat = "opaque, starting pct_",
                        description = "An API token (POST /api/v1/tokens), shown once when created"),
                @SecurityScheme(securitySchemeName = "eventGridKey", type = SecuritySchemeType.APIKEY,
                        apiKeyName = "key", in = SecuritySchemeIn.QUERY,
                        description = "The installation's Event Grid secret (PORTCULLIS_EVENTGRID_KEY), only for"
                                + " POST /api/v1/events/eventgrid"),
                @SecurityScheme(securitySchemeName = "eventGridKeyHeader", type = SecuritySchemeType.APIKEY,
                        apiKeyName = "X-Portcullis-Key", in = SecuritySchemeIn.HEADER,
                        description = "The same secret as a header (an Event Grid secret delivery attribute), kept out"
                                + " of URLs and access logs")}),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
package dev.portcullis.api;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
