package dev.portcullis.web.checks;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.checks.Evaluator;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The check catalogue: what each check looks at, why it matters, and the framework requirements it maps to. */
@Path("/checks")
@Produces(MediaType.TEXT_HTML)
public class ChecksPage {

    private final CheckCatalogue catalogue;
    private final Evaluator evaluator;
    private final Viewer viewer;

    public ChecksPage(CheckCatalogue catalogue, Evaluator evaluator, Viewer viewer) {
        this.catalogue = catalogue;
        this.evaluator = evaluator;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checks(List<CheckDefinition> checks, String managementPorts,
                                              String maxDuration, String maxWinRmDuration);
    }

    @GET
    public TemplateInstance list() {
        return viewer.page(Templates.checks(catalogue.definitions(viewer.lang()),
                evaluator.settings().managementPorts().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")), evaluator.settings().maxAccessDuration().toString(),
                evaluator.settings().maxWinRmAccessDuration().toString()), "checks");
    }
}
