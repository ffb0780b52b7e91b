package dev.portcullis.web.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The page shown instead of a stack trace: the status and a message, nothing internal. */
public final class ErrorPage {

    private ErrorPage() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);
    }

    public static TemplateInstance instance(int status, String title, String message) {
        return Templates.error(status, title, message);
    }

    public static Response response(int status, String title, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, message).render())
                .build();
    }
}
