package dev.portcullis.web.overview;

import dev.portcullis.notifications.destination.DestinationAdministration;
import dev.portcullis.persistence.notification.DeliveryQueries.FailingDestination;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Where the estate stands: compliance now and over 30, 90 or 365 days, open findings by severity, what opened and
 * closed this week, the most exposed VMs, subscriptions that need attention, and Defender plan coverage; for an
 * OPERATOR, also the notification destinations in their sight whose last delivery failed (read per request, not
 * cached with the overview: a delivery is no change of the estate).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {

    static final List<Integer> RANGES = List.of(30, 90, 365);

    private final OverviewSnapshots snapshots;
    private final DestinationAdministration destinations;
    private final Viewer viewer;

    public OverviewPage(OverviewSnapshots snapshots, DestinationAdministration destinations, Viewer viewer) {
        this.snapshots = snapshots;
        this.destinations = destinations;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview o, List<Integer> ranges, String error,
                                                List<FailingDestination> failing);
    }

    @GET
    public Response overview(@QueryParam("range") String range) {
        Integer days = range == null ? null
                : RANGES.stream().filter(r -> r.toString().equals(range.trim())).findFirst().orElse(null);
        boolean refused = range != null && days == null;
        Overview overview = snapshots.of(viewer.scope(), days == null ? RANGES.get(0) : days);
        return viewer.page(Templates.overview(overview, RANGES, refused ? viewer.msg().overview_bad_range(range) : null,
                destinations.failing(viewer.caller())), "overview",
                refused ? Response.Status.BAD_REQUEST : Response.Status.OK);
    }
}
