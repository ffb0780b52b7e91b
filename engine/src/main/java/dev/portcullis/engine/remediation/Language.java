package dev.portcullis.engine.remediation;

import java.util.Locale;

/** The languages remediation prose and comments are written in. */
public enum Language {
    EN, JA;

    /** Japanese when the first language range asks for it, English otherwise. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        String first = header.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return first.startsWith("ja") ? JA : EN;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
