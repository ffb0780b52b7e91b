package dev.portcullis.web.destinations;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.notification.DestinationType;
import dev.portcullis.engine.notification.EventType;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.notifications.delivery.TestMessages;
import dev.portcullis.notifications.destination.DestinationAdministration;
import dev.portcullis.notifications.destination.DestinationInput;
import dev.portcullis.notifications.destination.DestinationRefusedException;
import dev.portcullis.persistence.notification.DeliveryView;
import dev.portcullis.persistence.notification.DestinationView;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.web.page.Ids;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Notification destinations, under the tenants area: the destinations in the viewer's sight with their last delivery,
 * a form to add one, and per destination its deliveries, "Send test" and delete. OPERATOR and above, as in the API; a
 * VIEWER gets 403 and no link. A URL or secret typed into the form is never shown again, not even when the form is
 * refused; a webhook secret generated for a new destination is shown on the answer to its creation, once.
 */
@Path("/tenants/destinations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("OPERATOR")
public class DestinationsPage {

    static final int DELIVERIES_SHOWN = 100;
    static final List<String> TYPES = Arrays.stream(DestinationType.values()).map(DestinationType::wireName).toList();
    static final List<String> SEVERITIES = Arrays.stream(Severity.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    static final List<String> EVENTS = Arrays.stream(EventType.values()).map(EventType::wireName).toList();

    private final DestinationAdministration administration;
    private final TestMessages testMessages;
    private final CheckCatalogue catalogue;
    private final Viewer viewer;

    public DestinationsPage(DestinationAdministration administration, TestMessages testMessages,
                            CheckCatalogue catalogue, Viewer viewer) {
        this.administration = administration;
        this.testMessages = testMessages;
        this.catalogue = catalogue;
        this.viewer = viewer;
    }

    /** A destination in the list, with its newest delivery (null before the first). */
    public record Listed(DestinationView destination, DeliveryView lastDelivery) {
    }

    /** What the form keeps when it is shown again: never the URL nor the secret. */
    public record Form(String name, String type, String to, String language, String minSeverity, List<String> checks,
                       List<String> events) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance destinations(List<Listed> destinations, Form form, List<String> types,
                                                    List<String> languages, List<String> severities,
                                                    List<String> events, List<CheckDefinition> checks, String done,
                                                    String newSecret, String error, String errorField);

        static native TemplateInstance destination(DestinationView d, List<DeliveryView> deliveries, String done,
                                                   String error);
    }

    @GET
    public Response list(@QueryParam("done") String done) {
        return render(defaultForm(), done(done), null, null, Response.Status.OK);
    }

    /** Adds a destination within the viewer's tenants. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("type") String type,
                           @FormParam("url") String url, @FormParam("secret") String secret,
                           @FormParam("to") String to, @FormParam("language") String language,
                           @FormParam("minSeverity") String minSeverity, @FormParam("checks") List<String> checks,
                           @FormParam("events") List<String> events) {
        List<String> recipients = to == null || to.isBlank() ? List.of()
                : Arrays.stream(to.strip().split("[\\s,;]+")).filter(a -> !a.isBlank()).toList();
        Form form = new Form(name, type, to, language, minSeverity, checks == null ? List.of() : checks,
                events == null ? List.of() : events);
        try {
            DestinationAdministration.Created created = administration.create(viewer.caller(), new DestinationInput(
                    Set.copyOf(DestinationInput.FIELDS), name, type, blankToNull(url), blankToNull(secret), recipients,
                    language, minSeverity, form.checks(), form.events()));
            if (created.generatedSecret() != null) {
                return render(defaultForm(), dst().done_created(), created.generatedSecret(), null,
                        Response.Status.CREATED);
            }
            return Response.seeOther(URI.create("/tenants/destinations?done=created")).build();
        } catch (DestinationRefusedException e) {
            return render(form, null, null, e, Response.Status.fromStatusCode(e.kind().httpStatus()));
        } catch (SecretBox.NoMasterKeyException e) {
            return render(form, null, null, new DestinationRefusedException(DestinationRefusedException.Kind.INVALID,
                    null, e.getMessage()), Response.Status.SERVICE_UNAVAILABLE);
        }
    }

    /** One destination with its latest deliveries. */
    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        Optional<DestinationView> destination = visible(id);
        if (destination.isEmpty()) {
            return viewer.error(Response.Status.NOT_FOUND, dst().not_found(id));
        }
        return viewer.page(Templates.destination(destination.get(),
                administration.deliveries(viewer.caller(), destination.get().id(), DELIVERIES_SHOWN), done(done),
                null), "tenants", Response.Status.OK);
    }

    /** Sends the destination a test message now; its delivery is then first in the destination's list. */
    @POST
    @Path("{id}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response test(@PathParam("id") String id) {
        Optional<DestinationView> destination = visible(id);
        if (destination.isEmpty()) {
            return viewer.error(Response.Status.NOT_FOUND, dst().not_found(id));
        }
        administration.test(viewer.caller(), destination.get().id(), testMessages::send);
        return Response.seeOther(URI.create("/tenants/destinations/" + destination.get().id() + "?done=tested"))
                .build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id) {
        Optional<DestinationView> destination = visible(id);
        if (destination.isEmpty()) {
            return viewer.error(Response.Status.NOT_FOUND, dst().not_found(id));
        }
        administration.delete(viewer.caller(), destination.get().id());
        return Response.seeOther(URI.create("/tenants/destinations?done=deleted")).build();
    }

    private Response render(Form form, String done, String newSecret, DestinationRefusedException error,
                            Response.Status status) {
        List<DestinationView> visible = administration.list(viewer.caller());
        Map<UUID, DeliveryView> latest = administration.latestDeliveries(visible);
        List<Listed> rows = visible.stream().map(d -> new Listed(d, latest.get(d.id()))).toList();
        return viewer.page(Templates.destinations(rows, form, TYPES, DestinationAdministration.LANGUAGES, SEVERITIES,
                EVENTS, catalogue.definitions(viewer.lang()), done, newSecret,
                error == null ? null : error.getMessage(), error == null ? null : error.field()), "tenants", status);
    }

    private Form defaultForm() {
        return new Form("", DestinationType.WEBHOOK.wireName(), "", viewer.lang(),
                Severity.HIGH.name().toLowerCase(Locale.ROOT), List.of(), List.of(EventType.FINDING_OPENED.wireName(),
                EventType.FINDING_REOPENED.wireName(), EventType.FINDING_RESOLVED.wireName()));
    }

    private String done(String done) {
        return done == null ? null : switch (done) {
            case "created" -> dst().done_created();
            case "deleted" -> dst().done_deleted();
            case "tested" -> dst().done_tested();
            default -> null;
        };
    }

    private Optional<DestinationView> visible(String id) {
        return Ids.parse(id).flatMap(ref -> {
            try {
                return Optional.of(administration.find(viewer.caller(), ref));
            } catch (DestinationRefusedException e) {
                return Optional.empty();
            }
        });
    }

    private Dst dst() {
        return MessageBundles.get(Dst.class, Localized.Literal.of(viewer.lang()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
