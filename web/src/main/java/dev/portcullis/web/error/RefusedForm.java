package dev.portcullis.web.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A page form whose CSRF token does not match answers an empty 400 (quarkus-rest-csrf aborts it before any page
 * runs). With the signed cookie, every page fetched mints a new token, so a form left open while another page of
 * Portcullis was opened is refused too: say so, instead of a blank page. Nothing was changed.
 */
public class RefusedForm {

    static final String MESSAGE = "This form is out of date or did not come from Portcullis, so nothing was changed."
            + " A form stops working when another Portcullis page is opened after it: reload this page and submit it"
            + " again.";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && !request.getUriInfo().getPath().startsWith("/api/")) {
            response.setEntity(ErrorPage.instance(400, "Bad Request", MESSAGE).render(), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
