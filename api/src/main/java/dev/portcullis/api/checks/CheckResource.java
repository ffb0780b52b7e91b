package dev.portcullis.api.checks;

import dev.portcullis.api.Items;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The check catalogue. */
@Path("/api/v1/checks")
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {

    private final CheckCatalogue catalogue;

    public CheckResource(CheckCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public Items<CheckDefinition> list() {
        return new Items<>(catalogue.definitions());
    }
}
