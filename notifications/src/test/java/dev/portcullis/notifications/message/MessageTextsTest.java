package dev.portcullis.notifications.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageTextsTest {

    /** Keys whose Japanese text may hold no Japanese: symbols, a product name, an acronym. */
    private static final Set<String> SAME_IN_BOTH = Set.of("label.vm", "digest.item.finding", "digest.item.other",
            "email.subject");

    @Test
    void englishAndJapaneseHaveTheSameKeys() {
        assertThat(MessageTexts.of("ja").keys()).isEqualTo(MessageTexts.of("en").keys());
    }

    @Test
    void japaneseTextsAreWrittenInJapanese() {
        MessageTexts ja = MessageTexts.of("ja");
        for (String key : ja.keys()) {
            if (SAME_IN_BOTH.contains(key)) {
                continue;
            }
            String text = ja.get(key, "event", "", "severity", "", "check", "", "resource", "", "tenant", "",
                    "subscription", "", "count", "", "name", "", "where", "", "title", "");
            assertThat(text.codePoints().anyMatch(MessageTextsTest::isJapanese)).as(key + " = " + text).isTrue();
        }
    }

    @Test
    void parametersAreReplacedOnceSoAValueHoldingATokenStaysAsItIs() {
        assertThat(MessageTexts.of("en").get("headline.finding.opened", "severity", "High", "resource", "{check}",
                "check", "JIT")).isEqualTo("Finding opened (High): JIT: {check}");
    }

    @Test
    void aMissingParameterIsAMistakeNotAnEmptyText() {
        assertThatThrownBy(() -> MessageTexts.of("en").get("headline.scan_failed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{tenant}");
    }

    private static boolean isJapanese(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN;
    }
}
