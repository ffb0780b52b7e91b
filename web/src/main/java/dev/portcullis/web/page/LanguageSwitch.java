package dev.portcullis.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The language switcher: remembers the choice in a cookie for a year and goes back to the page it was clicked on.
 * Only a path of this site is followed back, so the link cannot be used to send someone elsewhere.
 */
@Path("/language/{lang}")
public class LanguageSwitch {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@PathParam("lang") String lang, @QueryParam("back") String back) {
        if (!LanguageChoice.isSupported(lang)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        NewCookie cookie = new NewCookie.Builder(LanguageChoice.COOKIE).value(lang).path("/").maxAge(ONE_YEAR)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LocalPath.orHome(back))).cookie(cookie).build();
    }
}
