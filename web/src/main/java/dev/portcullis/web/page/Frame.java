package dev.portcullis.web.page;

/**
 * What the layout around every page needs: who is signed in, the page's language, the section to highlight in the
 * navigation, and where the language switcher should come back to.
 */
public record Frame(String user, String lang, String section, String returnPath) {

    public String otherLang() {
        return LanguageChoice.JAPANESE.equals(lang) ? LanguageChoice.ENGLISH : LanguageChoice.JAPANESE;
    }

    /** The return path, encoded for a query parameter. */
    public String back() {
        return java.net.URLEncoder.encode(returnPath == null ? "/" : returnPath, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean signedIn() {
        return user != null;
    }
}
