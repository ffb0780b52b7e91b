package dev.portcullis.simulator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void parsesObjectsArraysAndScalars() {
        Object value = StrictJson.parse(" {\"a\":[1,-2.5e3,true,false,null,\"x\\u0041\\n\"],\"b\":{}} ");

        assertThat(value).isEqualTo(Map.of(
                "a", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, null, "xA\n"),
                "b", Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":1,}", "[1,]", "{\"a\":1,\"a\":2}", "[01]", "{a:1}", "\"tab\there\"", "\"\\x\"", "[1] 2", "{\"a\" 1}", "", "[", "nul"
    })
    void rejectsWhatALenientParserWouldForgive(String text) {
        assertThatThrownBy(() -> StrictJson.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsMemberOrder() {
        assertThat(StrictJson.parseObject("{\"z\":1,\"a\":2}").keySet()).containsExactly("z", "a");
        assertThat(StrictJson.parse("[]")).isEqualTo(List.of());
    }
}
