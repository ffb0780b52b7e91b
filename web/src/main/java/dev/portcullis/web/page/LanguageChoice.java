package dev.portcullis.web.page;

import java.util.Locale;

/**
 * The language a page is rendered in: the one the person chose with the switcher (kept in a cookie), else the first
 * supported language of {@code Accept-Language} in the order the browser prefers, else English.
 */
public final class LanguageChoice {

    public static final String COOKIE = "portcullis-lang";
    static final String ENGLISH = "en";
    static final String JAPANESE = "ja";

    private LanguageChoice() {
    }

    public static String of(String cookieValue, String acceptLanguage) {
        if (isSupported(cookieValue)) {
            return cookieValue;
        }
        if (acceptLanguage != null) {
            for (Locale.LanguageRange range : parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (isSupported(language) && range.getWeight() > 0) {
                    return language;
                }
            }
        }
        return ENGLISH;
    }

    public static boolean isSupported(String language) {
        return ENGLISH.equals(language) || JAPANESE.equals(language);
    }

    private static java.util.List<Locale.LanguageRange> parse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return java.util.List.of();
        }
    }
}
