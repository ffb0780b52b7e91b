package dev.portcullis.api.openapi;

import dev.portcullis.api.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers every API operation shares, added to the OpenAPI document once here instead of on each resource
 * method: 401 and 429 (sign-in throttling) everywhere, 400 where the operation reads parameters or a body, 404 where
 * it names something by id or takes a {@code tenant}, 415 on every write (they take JSON only). What only some
 * operations answer (403, 409, 422, 503, the scan limit's 429) is annotated on their methods with a description;
 * this filter gives every 4xx and 5xx answer the {@code application/problem+json} content of {@link Problem}. A method
 * with {@code @APIResponse} annotations also annotates its success answer: SmallRye generates none then.
 * Registered by {@code mp.openapi.filter} in application.properties.
 */
public class ProblemResponses implements OASFilter {

    static final String API_PREFIX = "/api/v1/";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API_PREFIX)) {
                item.getOperations().forEach((method, operation) -> describeProblems(path, item, method, operation));
            }
        });
    }

    private static void describeProblems(String path, PathItem item, HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = parameters(item, operation);
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            addIfAbsent(responses, "400", "A parameter or body field is invalid (a malformed body included);"
                    + " `field` names it");
        }
        addIfAbsent(responses, "401", "No valid credentials: send HTTP Basic (a local account) or Bearer (an API"
                + " token). The challenge names Bearer only");
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "Nothing with this id among the caller's tenants; `field` names the"
                    + " path parameter");
        } else if (parameters.stream().anyMatch(p -> "tenant".equals(p.getName()))) {
            addIfAbsent(responses, "404", "The tenant given does not exist among the caller's tenants");
        }
        if (WRITES.contains(method)) {
            addIfAbsent(responses, "415", "The request body is not application/json");
        }
        addIfAbsent(responses, "429", "Too many failed sign-ins from this client address this minute (HTTP Basic)");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(code, response);
            }
        });
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        return Stream.of(item.getParameters(), operation.getParameters())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .toList();
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** The answer's body is a {@link Problem}; 401 and 429 also carry the header that says what to do next. */
    private static void asProblem(String code, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
        Map<String, Header> headers = response.getHeaders();
        if ("401".equals(code) && (headers == null || !headers.containsKey("WWW-Authenticate"))) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                    .description("Bearer realm=\"Portcullis\"")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if ("429".equals(code) && (headers == null || !headers.containsKey("Retry-After"))) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }
}
