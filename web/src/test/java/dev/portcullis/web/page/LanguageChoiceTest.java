package dev.portcullis.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    @Test
    void theSwitchersChoiceWinsOverTheBrowser() {
        assertThat(LanguageChoice.of("en", "ja-JP,ja;q=0.9")).isEqualTo("en");
        assertThat(LanguageChoice.of("ja", "en-US")).isEqualTo("ja");
    }

    @Test
    void withoutAChoiceTheBrowsersFirstSupportedLanguageIsUsed() {
        assertThat(LanguageChoice.of(null, "ja-JP,ja;q=0.9,en;q=0.8")).isEqualTo("ja");
        assertThat(LanguageChoice.of(null, "fr-FR,ja;q=0.5,en;q=0.9")).isEqualTo("en");
        assertThat(LanguageChoice.of("de", "fr-FR,ja;q=0.5")).isEqualTo("ja");
    }

    @Test
    void unreadableOrMissingPreferencesFallBackToEnglish() {
        assertThat(LanguageChoice.of(null, null)).isEqualTo("en");
        assertThat(LanguageChoice.of(null, ";;;=")).isEqualTo("en");
        assertThat(LanguageChoice.of(null, "ja;q=0")).isEqualTo("en");
    }
}
