package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.persistence.query.EstateChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The VM list page keeps its total per filter until the estate changes (the rows are always read fresh), whatever
 * the order; the API counts on every request.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class VmListTotalsTest {

    private static final Pattern TOTAL = Pattern.compile("<small id=\"vm-total\">(\\d+) matching</small>");

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    @Inject
    Event<EstateChanged> changed;

    private static long pageTotal(CookieFilter session, String query) {
        String html = given().filter(session).get("/vms" + query).then().statusCode(200).extract().asString();
        Matcher m = TOTAL.matcher(html);
        assertThat(m.find()).as("the page shows its total").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long apiTotal(String jitStatus) {
        return asAdmin().queryParam("jitStatus", jitStatus).get("/api/v1/vms").jsonPath().getLong("total");
    }

    @Test
    void thePageTotalIsKeptPerFilterUntilTheEstateChanges() {
        freshScanOfSimulatedEstate(database, SimulatorResource.simulator());
        CookieFilter session = People.signedIn("admin", ADMIN_PASSWORD);
        long all = pageTotal(session, "");
        long unprotected = pageTotal(session, "?jit=UNPROTECTED");
        assertThat(all).isEqualTo(asAdmin().get("/api/v1/vms").jsonPath().getLong("total"));
        assertThat(unprotected).isEqualTo(apiTotal("UNPROTECTED")).isLessThan(all);

        // a change that tells no one (as another replica's scan would not tell this one)
        String removed = QuarkusTransaction.requiringNew().call(() -> {
            Object[] vm = (Object[]) em.createNativeQuery("select id, name from virtual_machine v"
                    + " where jit_status = 'UNPROTECTED' and name ~ '^[a-z0-9-]+$' and (select count(*) from virtual_machine"
                    + " w where w.name = v.name) = 1 order by name limit 1").getSingleResult();
            em.createNativeQuery("delete from virtual_machine where id = :id").setParameter("id", vm[0])
                    .executeUpdate();
            return (String) vm[1];
        });

        assertThat(apiTotal("UNPROTECTED")).as("the API counts every time").isEqualTo(unprotected - 1);
        assertThat(pageTotal(session, "?jit=UNPROTECTED")).as("kept").isEqualTo(unprotected);
        assertThat(pageTotal(session, "?jit=UNPROTECTED&sort=most_findings")).as("the same total in any order")
                .isEqualTo(unprotected);
        assertThat(given().filter(session).get("/vms?jit=UNPROTECTED&q=" + removed).asString())
                .as("the rows are read fresh").doesNotContain(">" + removed + "</a>");

        changed.fire(new EstateChanged("test: the estate changed"));

        assertThat(pageTotal(session, "?jit=UNPROTECTED")).isEqualTo(unprotected - 1);
        assertThat(pageTotal(session, "")).isEqualTo(all - 1);
    }
}
