package dev.portcullis.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventGridKeyTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void aKeyShorterThan32CharactersStopsTheStartRatherThanGuardTheEndpoint() {
        assertThatThrownBy(() -> new EventGridKey(Optional.of("short-secret")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTCULLIS_EVENTGRID_KEY has 12 characters").hasMessageNotContaining("short-secret");
    }

    @Test
    void onlyTheExactKeyMatches() {
        EventGridKey key = new EventGridKey(Optional.of(KEY));
        assertThat(key.configured()).isTrue();
        assertThat(key.matches(KEY)).isTrue();
        assertThat(key.matches(KEY.substring(1))).isFalse();
        assertThat(key.matches(KEY + "0")).isFalse();
        assertThat(key.matches(KEY.toUpperCase())).isFalse();
        assertThat(key.matches(null)).isFalse();
    }

    @Test
    void anUnsetOrBlankKeyMatchesNothing() {
        for (Optional<String> unset : java.util.List.of(Optional.<String>empty(), Optional.of("  "))) {
            EventGridKey key = new EventGridKey(unset);
            assertThat(key.configured()).isFalse();
            assertThat(key.matches("")).isFalse();
            assertThat(key.matches("  ")).isFalse();
        }
    }
}
