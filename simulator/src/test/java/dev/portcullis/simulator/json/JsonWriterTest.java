package dev.portcullis.simulator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void placesCommasBetweenMembersAndElementsAtEveryDepth() {
        String json = JsonWriter.object(w -> w
                .field("name", "web-01")
                .field("count", 3)
                .field("on", true)
                .array("list", a -> a.value("x").value(2).beginObject().field("k", "v").endObject())
                .object("empty", o -> { })
                .stringArray("none", List.of())
                .idReference("ref", "/subscriptions/s"));

        assertThat(json).isEqualTo("{\"name\":\"web-01\",\"count\":3,\"on\":true,\"list\":[\"x\",2,{\"k\":\"v\"}],"
                + "\"empty\":{},\"none\":[],\"ref\":{\"id\":\"/subscriptions/s\"}}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        String json = JsonWriter.object(w -> w.field("s", "<script>\"a\\b\"\n\t\u0001\u2028</script>"));

        assertThat(json).isEqualTo("{\"s\":\"<script>\\\"a\\\\b\\\"\\n\\t\\u0001\\u2028</script>\"}");
        assertThat(StrictJson.parseObject(json)).isEqualTo(Map.of("s", "<script>\"a\\b\"\n\t\u0001\u2028</script>"));
    }

    @Test
    void splicesPreRenderedJsonAndSkipsAbsentOptionalFields() {
        String json = JsonWriter.object(w -> w.optionalField("gone", null).name("raw").rawValue("{\"a\":1}").field("n", (String) null));

        assertThat(json).isEqualTo("{\"raw\":{\"a\":1},\"n\":null}");
    }

    @Test
    void refusesUnbalancedWriting() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().name("a").name("b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().endObject()).isInstanceOf(IllegalStateException.class);
    }
}
