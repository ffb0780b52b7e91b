package dev.portcullis.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static Properties load(String name) throws IOException {
        Properties props = new Properties();
        try (var reader = new InputStreamReader(JapaneseMessagesTest.class.getResourceAsStream("/messages/" + name),
                StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"msg", "adm", "dst", "exc"})
    void everyEnglishTextHasAJapaneseOneWithTheSamePlaceholders(String bundle) throws IOException {
        Properties english = load(bundle + "_en.properties");
        Properties japanese = load(bundle + "_ja.properties");

        assertThat(japanese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(japanese.getProperty(key))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(japanese.getProperty(key)).as(key).isNotBlank();
        }
    }
}
