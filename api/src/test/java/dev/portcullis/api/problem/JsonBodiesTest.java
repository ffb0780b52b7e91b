package dev.portcullis.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void aBlankBodyIsAnEmptyObject(String body) {
        assertThat(JsonBodies.object(body).isObject()).isTrue();
        assertThat(JsonBodies.object(body).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\": }", "nonsense", "[1, 2]", "\"text\"", "42", "null"})
    void aBodyThatIsNotAJsonObjectIsABadRequestNamingNoField(String body) {
        assertThatThrownBy(() -> JsonBodies.object(body))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status().getStatusCode()).isEqualTo(400);
                    assertThat(e.field()).isNull();
                    assertThat(e.getMessage()).startsWith("The request body");
                });
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequestNamingItsPath() {
        JsonNode credential = JsonBodies.child(JsonBodies.object("{\"credential\": {\"type\": 5}}"), "credential",
                "credential");

        assertThatThrownBy(() -> JsonBodies.text(credential, "type", "credential.type"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("credential.type"));
        assertThatThrownBy(() -> JsonBodies.child(JsonBodies.object("{\"cloud\": \"Public\"}"), "cloud", "cloud"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("cloud"));
    }

    @Test
    void anAbsentOrNullFieldIsNullAndAnAbsentObjectIsEmpty() {
        JsonNode body = JsonBodies.object("{\"name\": null}");

        assertThat(JsonBodies.text(body, "name", "name")).isNull();
        assertThat(JsonBodies.text(body, "missing", "missing")).isNull();
        assertThat(JsonBodies.child(body, "cloud", "cloud").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "6f1c2d3e000040008000000000000000", "{6f1c2d3e-0000-4000-8000-000000000000}",
            "6f1c2d3e-0000-4000-8000-00000000000g"})
    void aGuidInAnyOtherThanTheCanonicalFormIsABadRequestNamingTheField(String value) {
        assertThatThrownBy(() -> JsonBodies.guid(value, "subscriptionId"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("subscriptionId"));
    }

    @Test
    void aCanonicalGuidIsReadAndABlankOneIsAbsent() {
        assertThat(JsonBodies.guid("6F1C2D3E-0000-4000-8000-000000000000", "id"))
                .isEqualTo(UUID.fromString("6f1c2d3e-0000-4000-8000-000000000000"));
        assertThat(JsonBodies.guid(" ", "id")).isNull();
    }
}
