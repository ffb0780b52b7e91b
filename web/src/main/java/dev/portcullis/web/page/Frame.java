package dev.portcullis.web.page;

import dev.portcullis.persistence.access.Role;

/**
 * What the layout around every page needs: who is signed in and with which role (and whether as an ADMIN over every
 * tenant, who administers accounts), the page's language, the section to highlight in the navigation, and where the language switcher should come back to.
 */
public record Frame(String user, String role, boolean fullAdmin, String lang, String section, String returnPath) {

    /** Whether the viewer holds ADMIN (over some tenants at least): offboarding. */
    public boolean admin() {
        return role != null && Role.valueOf(role).includes(Role.ADMIN);
    }

    /** Whether the viewer may act (suppress, scan, onboard), not only look. */
    public boolean operator() {
        return role != null && Role.valueOf(role).includes(Role.OPERATOR);
    }


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
