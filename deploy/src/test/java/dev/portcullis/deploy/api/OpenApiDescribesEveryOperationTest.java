package dev.portcullis.deploy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.portcullis.api.problem.Problem;
import dev.portcullis.deploy.support.SimulatorResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /q/openapi} answers without a login and describes exactly the API's operations, read from the compiled
 * resource classes of the api module (not from the document itself): a resource method missing from the document, or
 * a path in the document that no resource serves, fails here. Each operation documents its problem answers, and the
 * Basic and Bearer schemes either of which lets a caller in.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class OpenApiDescribesEveryOperationTest {

    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String JAXRS = "jakarta.ws.rs.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every JAX-RS resource method of the api module, as {@code "POST /api/v1/scans"}. */
    private static List<ResourceOperation> resourceOperations;

    /** One JAX-RS resource method: its HTTP method, its full path, and whether a role check guards it. */
    record ResourceOperation(String method, String path, boolean roleChecked, String javaMethod) {

        String key() {
            return method + " " + path;
        }
    }

    /** Read from the class files (ArchUnit), on their own: what they depend on is not needed. */
    @BeforeAll
    static void readTheResourceClasses() {
        ArchConfiguration archUnit = ArchConfiguration.get();
        boolean resolving = archUnit.resolveMissingDependenciesFromClassPath();
        archUnit.setResolveMissingDependenciesFromClassPath(false);
        try {
            resourceOperations = operationsOf(new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.portcullis.api"));
        } finally {
            archUnit.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    private static List<ResourceOperation> operationsOf(Iterable<JavaClass> classes) {
        List<ResourceOperation> found = new ArrayList<>();
        for (JavaClass resource : classes) {
            Optional<String> classPath = annotationValue(resource.tryGetAnnotationOfType(JAXRS + "Path"));
            if (classPath.isEmpty()) {
                continue;
            }
            boolean classRoleChecked = resource.isAnnotatedWith("jakarta.annotation.security.RolesAllowed");
            for (JavaMethod method : resource.getMethods()) {
                for (String http : HTTP_METHODS) {
                    if (method.isAnnotatedWith(JAXRS + http)) {
                        String path = join(classPath.get(),
                                annotationValue(method.tryGetAnnotationOfType(JAXRS + "Path")).orElse(""));
                        found.add(new ResourceOperation(http, path, classRoleChecked
                                || method.isAnnotatedWith("jakarta.annotation.security.RolesAllowed"),
                                resource.getSimpleName() + "." + method.getName()));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static Optional<String> annotationValue(Optional<? extends JavaAnnotation<?>> annotation) {
        return annotation.map(a -> (String) a.get("value").orElseThrow());
    }

    /** Class and method paths joined, with templates such as {@code {id: [0-9]+}} written as OpenAPI does: {id}. */
    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}", "{$1}");
    }

    private static JsonNode document() {
        Response answer = given().queryParam("format", "json").get("/q/openapi");
        assertThat(answer.statusCode()).as("public, no login").isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        try {
            return JSON.readTree(answer.asString());
        } catch (IOException e) {
            throw new AssertionError("the document is not JSON", e);
        }
    }

    private static Set<String> documentedOperations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (HTTP_METHODS.contains(operation.getKey().toUpperCase(Locale.ROOT))) {
                operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    private static JsonNode operation(JsonNode document, String method, String path) {
        return document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    }

    private static JsonNode schema(JsonNode document, JsonNode schemaOrRef) {
        String ref = schemaOrRef.path("$ref").asText("");
        assertThat(ref).as("a named schema").startsWith("#/components/schemas/");
        return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }

    @Test
    void theDocumentNamesEveryResourceMethodOfTheApiAndNothingElse() {
        assertThat(resourceOperations).as("the api module's resource methods were found")
                .extracting(ResourceOperation::key)
                .contains("POST /api/v1/scans", "GET /api/v1/scans/{id}/diff", "DELETE /api/v1/tokens/{id}",
                        "PATCH /api/v1/tenants/{id}/subscriptions/{subscriptionId}")
                .doesNotHaveDuplicates();

        Set<String> documented = documentedOperations(document());

        assertThat(documented).as("every resource method is in the document")
                .containsAll(resourceOperations.stream().map(ResourceOperation::key).toList());
        assertThat(documented).as("and the document holds no other operation (no pages)")
                .hasSameSizeAs(resourceOperations)
                .allMatch(operation -> operation.contains(" /api/v1/"));
    }

    @Test
    void everyOperationDocumentsItsProblemAnswersAsProblemJson() {
        JsonNode document = document();
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(fieldNames(problem.path("properties"))).as("the Problem schema is the record the API writes")
                .isEqualTo(Arrays.stream(Problem.class.getRecordComponents()).map(RecordComponent::getName)
                        .collect(Collectors.toCollection(TreeSet::new)));

        for (ResourceOperation resource : resourceOperations) {
            JsonNode responses = operation(document, resource.method(), resource.path()).path("responses");
            List<String> expected = new ArrayList<>(List.of("401", "429"));
            if (resource.path().contains("{")) {
                expected.add("404");
                expected.add("400");
            }
            if (!resource.method().equals("GET")) {
                expected.add("415");
            }
            if (resource.roleChecked()) {
                expected.add("403");
            }
            for (String status : expected) {
                JsonNode answer = responses.path(status);
                assertThat(answer.isMissingNode()).as("%s (%s) documents %s", resource.key(), resource.javaMethod(),
                        status).isFalse();
                assertThat(answer.path("content").path(Problem.MEDIA_TYPE).path("schema").path("$ref").asText())
                        .as("%s %s is a problem", resource.key(), status).isEqualTo("#/components/schemas/Problem");
            }
            assertThat(fieldNames(responses)).as("%s documents a success", resource.key())
                    .anyMatch(status -> status.startsWith("2"));
        }
    }

    @Test
    void everyRequestBodyHasItsShapeNotJustAString() {
        JsonNode document = document();
        for (ResourceOperation resource : resourceOperations) {
            JsonNode body = operation(document, resource.method(), resource.path()).path("requestBody");
            if (!body.isMissingNode()) {
                JsonNode declared = body.path("content").path("application/json").path("schema");
                // a list body (Event Grid's deliveries) is an array of a named shape
                JsonNode shape = schema(document, "array".equals(declared.path("type").asText())
                        ? declared.path("items") : declared);
                assertThat(fieldNames(shape.path("properties"))).as("%s body fields", resource.key()).isNotEmpty();
            }
        }
    }

    @Test
    void aScanRequestDocumentsItsBodyFieldsAndTheLimitsAnswer429WithRetryAfter() {
        JsonNode document = document();
        JsonNode scan = operation(document, "POST", "/api/v1/scans");

        JsonNode body = schema(document, scan.path("requestBody").path("content").path("application/json")
                .path("schema"));
        assertThat(fieldNames(body.path("properties"))).contains("tenant", "subscriptionId", "asOf");
        assertThat(scan.path("responses").path("202").isMissingNode()).isFalse();
        JsonNode limited = scan.path("responses").path("429");
        assertThat(limited.path("description").asText()).contains("scan requests");
        assertThat(limited.path("headers").has("Retry-After")).isTrue();

        JsonNode onboarding = schema(document, operation(document, "POST", "/api/v1/tenants").path("requestBody")
                .path("content").path("application/json").path("schema"));
        assertThat(onboarding.path("required")).extracting(JsonNode::asText)
                .contains("displayName", "tenantId", "cloud", "credential");
    }

    @Test
    void basicAndBearerEachLetACallerIn() {
        JsonNode document = document();
        JsonNode schemes = document.path("components").path("securitySchemes");

        assertThat(schemes.path("basic").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(StreamSupport.stream(document.path("security").spliterator(), false).map(r -> fieldNames(r)))
                .as("two alternatives, each enough alone").containsExactlyInAnyOrder(Set.of("basic"), Set.of("bearer"));
    }

    @Test
    void the401TheDocumentPromisesIsTheOneTheApiGives() {
        Response anonymous = given().get("/api/v1/tenants");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(anonymous.jsonPath().getInt("status")).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void theDocumentIsPublicInYamlByDefaultAndInJson() {
        assertThat(given().get("/q/openapi").then().statusCode(200).extract().asString())
                .as("YAML by default").doesNotStartWith("{").contains("openapi: ");
        assertThat(given().get("/q/openapi.json").then().statusCode(200).extract().jsonPath().getString("openapi"))
                .startsWith("3.");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
