package dev.portcullis.web.suppressions;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.persistence.query.TenantDirectory;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.suppression.HeldFindings;
import dev.portcullis.persistence.suppression.SuppressionStore;
import dev.portcullis.persistence.suppression.SuppressionView;
import dev.portcullis.scanner.suppression.NewSuppression;
import dev.portcullis.scanner.suppression.SuppressionAdministration;
import dev.portcullis.scanner.suppression.SuppressionRefusedException;
import dev.portcullis.web.page.Ids;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Exceptions: every suppression rule in the viewer's tenants with how many suppressed findings it holds now, forms to
 * add a rule for a resource group or a tag, and delete. The rules, roles and audit are the API's
 * ({@link SuppressionAdministration}); a refused form is shown again with what was typed and the field named.
 * Expired rules stay listed, last and marked, until someone deletes them: they no longer apply, but they are the
 * record of what was accepted and are what one renews.
 */
@Path("/suppressions")
@Produces(MediaType.TEXT_HTML)
public class SuppressionsPage {

    static final String RESOURCE_GROUP = "resourceGroup";
    static final String TAG = "tag";

    private final SuppressionStore store;
    private final SuppressionAdministration administration;
    private final HeldFindings held;
    private final TenantQueries tenants;
    private final CheckCatalogue catalogue;
    private final Viewer viewer;

    public SuppressionsPage(SuppressionStore store, SuppressionAdministration administration, HeldFindings held,
                            TenantQueries tenants, CheckCatalogue catalogue, Viewer viewer) {
        this.store = store;
        this.administration = administration;
        this.held = held;
        this.tenants = tenants;
        this.catalogue = catalogue;
        this.viewer = viewer;
    }

    /** What a rule form shows: what was typed, and after a refusal the field at fault and why. */
    public record RuleForm(String kind, String checkId, String subscriptionId, String resourceGroup, String tag,
                           String reason, String expiresAt, String errorField, String error) {

        static RuleForm empty(String kind) {
            return new RuleForm(kind, "", "", "", "", "", "", null, null);
        }

        RuleForm refused(String field, String message) {
            return new RuleForm(kind, checkId, subscriptionId, resourceGroup, tag, reason, expiresAt, field, message);
        }

        public boolean invalid(String field) {
            return field.equals(errorField);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance suppressions(List<Rule> rules, TenantDirectory tenants,
                                                    List<CheckDefinition> checks, RuleForm groupForm,
                                                    RuleForm tagForm, boolean allTenants, String done, String error,
                                                    String minExpiry);
    }

    @GET
    @Transactional
    public Response list(@QueryParam("done") String done) {
        return render(RuleForm.empty(RESOURCE_GROUP), RuleForm.empty(TAG), done(done), null, Response.Status.OK);
    }

    /** Adds a rule for a resource group ({@code kind=resourceGroup}) or a tag ({@code kind=tag}). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("OPERATOR")
    @Transactional
    public Response create(@FormParam("kind") String kind, @FormParam("checkId") String checkId,
                           @FormParam("subscriptionId") String subscriptionId,
                           @FormParam("resourceGroup") String resourceGroup, @FormParam("tag") String tag,
                           @FormParam("reason") String reason, @FormParam("expiresAt") String expiresAt) {
        boolean byGroup = RESOURCE_GROUP.equals(kind);
        if (!byGroup && !TAG.equals(kind)) {
            return viewer.error(Response.Status.BAD_REQUEST, exc().refused_kind());
        }
        RuleForm typed = new RuleForm(kind, nullToEmpty(checkId), byGroup ? nullToEmpty(subscriptionId) : "",
                byGroup ? nullToEmpty(resourceGroup) : "", byGroup ? "" : nullToEmpty(tag), nullToEmpty(reason),
                nullToEmpty(expiresAt), null, null);
        try {
            SuppressionView created = administration.create(viewer.caller(), new NewSuppression(typed.checkId(),
                    null, typed.subscriptionId(), typed.resourceGroup(), typed.tag(), typed.reason(),
                    PageExpiry.instantText(typed.expiresAt())));
            return Response.seeOther(URI.create("/suppressions?done=created#rule-" + created.id())).build();
        } catch (SuppressionRefusedException e) {
            String field = e.rule() == SuppressionRefusedException.Rule.ONE_SCOPE ? kind : e.field();
            RuleForm refused = typed.refused(field, Refusals.message(e, field, viewer.msg(), exc()));
            return render(byGroup ? refused : RuleForm.empty(RESOURCE_GROUP), byGroup ? RuleForm.empty(TAG) : refused,
                    null, null, Response.Status.fromStatusCode(e.kind().httpStatus()));
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("OPERATOR")
    @Transactional
    public Response delete(@PathParam("id") String id) {
        UUID uuid = Ids.parse(id).orElse(null);
        if (uuid == null) {
            return viewer.error(Response.Status.NOT_FOUND, exc().refused_not_found(id));
        }
        try {
            administration.delete(viewer.caller(), uuid);
            return Response.seeOther(URI.create("/suppressions?done=deleted")).build();
        } catch (SuppressionRefusedException e) {
            return render(RuleForm.empty(RESOURCE_GROUP), RuleForm.empty(TAG), null,
                    Refusals.message(e, e.field(), viewer.msg(), exc()),
                    Response.Status.fromStatusCode(e.kind().httpStatus()));
        }
    }

    private Response render(RuleForm groupForm, RuleForm tagForm, String done, String error,
                            Response.Status status) {
        Instant now = Instant.now();
        Map<UUID, Long> counts = held.countsBySuppression(viewer.scope());
        TenantDirectory directory = tenants.directory(viewer.scope());
        Map<UUID, String> subscriptionNames = new HashMap<>();
        directory.tenants().forEach(t -> t.subscriptions()
                .forEach(s -> subscriptionNames.put(s.subscriptionId(), s.displayName())));
        List<CheckDefinition> checks = catalogue.definitions(viewer.lang());
        List<Rule> rules = store.list(viewer.scope()).stream()
                .map(s -> Rule.of(s, counts.getOrDefault(s.id(), 0L), now,
                        s.checkId() == null ? null : catalogue.definition(s.checkId(), viewer.lang()).orElse(null),
                        s.subscriptionId() == null ? null : subscriptionNames.get(s.subscriptionId())))
                .sorted(Comparator.comparing(Rule::expired))
                .toList();
        return viewer.page(Templates.suppressions(rules, directory, checks, groupForm, tagForm,
                viewer.caller().allTenants(), done, error, PageExpiry.minDate()), "suppressions", status);
    }

    private String done(String done) {
        if ("created".equals(done)) {
            return exc().done_created();
        }
        return "deleted".equals(done) ? exc().done_deleted() : null;
    }

    private Exc exc() {
        return Refusals.texts(viewer.lang());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
