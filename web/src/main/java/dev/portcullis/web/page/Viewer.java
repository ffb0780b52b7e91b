package dev.portcullis.web.page;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.access.GrantRules;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.web.error.ErrorPage;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * The person looking at a page and the request they made: their name, the language to answer in, and the frame
 * every page is rendered in. Pages go through here so that what surrounds a page, and whose data it may show, is
 * decided in one place.
 */
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final CurrentCaller caller;
    private String lang;

    public Viewer(SecurityIdentity identity, HttpServerRequest request, CurrentCaller caller) {
        this.identity = identity;
        this.request = request;
        this.caller = caller;
    }

    /** Who is looking, with their role and tenants. */
    public Caller caller() {
        return caller.get();
    }

    /** The tenants this viewer may see: every query a page makes is limited to them. */
    public TenantScope scope() {
        return caller.get().scope();
    }

    /** Whether the viewer may act (suppress, scan, onboard), not only look. */
    public boolean operator() {
        return caller.get().may(Role.OPERATOR);
    }

    public String lang() {
        if (lang == null) {
            Cookie cookie = request.getCookie(LanguageChoice.COOKIE);
            lang = LanguageChoice.of(cookie == null ? null : cookie.getValue(),
                    request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return lang;
    }

    public boolean japanese() {
        return LanguageChoice.JAPANESE.equals(lang());
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    /** The page's messages in the viewer's language, for text composed in Java. */
    public Msg msg() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(lang()));
    }

    /** The texts of access administration and onboarding, in the viewer's language. */
    public Adm adm() {
        return MessageBundles.get(Adm.class, Localized.Literal.of(lang()));
    }

    public String user() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The page in its frame, in the viewer's language; {@code section} is highlighted in the navigation. */
    public TemplateInstance page(TemplateInstance template, String section) {
        return template.data("frame", new Frame(user(), user() == null ? null : caller.get().role().name(),
                user() != null && GrantRules.isFullAdmin(caller.get()), lang(), section, request.uri())).setLocale(locale());
    }

    /** The page answered with a status other than 200, such as 400 when a filter was refused. */
    public Response page(TemplateInstance template, String section, Response.Status status) {
        return page(template, section, status.getStatusCode());
    }

    /** The page with any status, such as 422 (which {@link Response.Status} does not name). */
    public Response page(TemplateInstance template, String section, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, lang())
                .entity(page(template, section).render()).build();
    }

    /** The error page in the viewer's language. */
    public Response error(Response.Status status, String message) {
        String title = status == Response.Status.NOT_FOUND ? msg().error_not_found() : msg().error_bad_request();
        return page(ErrorPage.instance(status.getStatusCode(), title, message), "", status);
    }
}
