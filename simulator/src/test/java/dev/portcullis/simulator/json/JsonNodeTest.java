package dev.portcullis.simulator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonNodeTest {

    @Test
    void everyValueKeepsTheExactTextItWasReadFrom() {
        String json = "{\"etag\":\"W/\\\"1\\\"\", \"properties\": {\"rules\": [ {\"name\":\"a\",\"priority\":100}, {\"name\":\"b\"} ]}}";

        JsonNode root = JsonNode.parse(json);
        JsonNode rules = root.at("properties", "rules").orElseThrow();

        assertThat(root.at("etag").orElseThrow().raw()).isEqualTo("\"W/\\\"1\\\"\"");
        assertThat(root.text("etag")).contains("W/\"1\"");
        assertThat(rules.elements()).extracting(JsonNode::raw)
                .containsExactly("{\"name\":\"a\",\"priority\":100}", "{\"name\":\"b\"}");
        assertThat(json.charAt(rules.end() - 1)).isEqualTo(']');
        assertThat(rules.elements().get(0).at("priority").orElseThrow().number()).isEqualTo(100L);
        assertThat(root.text("properties", "missing")).isEmpty();
    }

    @Test
    void textThatIsNotOneJsonValueIsRefused() {
        assertThatThrownBy(() -> JsonNode.parse("{\"a\":1} x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNode.parse("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNode.parse("[1,")).isInstanceOf(IllegalArgumentException.class);
    }
}
