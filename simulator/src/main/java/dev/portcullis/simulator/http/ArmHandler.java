package dev.portcullis.simulator.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.portcullis.simulator.change.EstateChanges;
import dev.portcullis.simulator.entra.EntraDirectory;
import dev.portcullis.simulator.entra.TokenEndpoint;
import dev.portcullis.simulator.estate.ArmCatalog;
import dev.portcullis.simulator.groups.ManagementGroups;
import dev.portcullis.simulator.oidc.OidcProvider;
import dev.portcullis.simulator.fault.Faults;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Serves ARM requests: applies injected faults, routes, logs the request, and answers with ARM's
 * headers. Paths under {@code /_simulator} go to the admin handler and are not logged; Entra ID's token endpoint
 * ({@code /{tenant}/oauth2/v2.0/token}) is served too. A bearer token, when sent, must be one the simulator issued.
 */
public final class ArmHandler implements HttpHandler {

    /** Paths under this prefix are the simulator's own, not ARM. */
    public static final String ADMIN_PREFIX = "/_simulator";

    private static final String REMAINING_READS = "249";

    private final ArmRouter router;
    private final Faults faults;
    private final RequestLog log;
    private final HttpHandler admin;
    private final EntraDirectory entra;
    private final TokenEndpoint tokens;
    private final OidcProvider oidcProvider;
    private final Latency latency;

    public ArmHandler(Supplier<ArmCatalog> catalog, String baseUrl, int pageSize, Faults faults, RequestLog log) {
        this(catalog, baseUrl, pageSize, faults, log, null, new EntraDirectory(), new ManagementGroups(),
                new OidcProvider(baseUrl), Clock.systemUTC(), new Latency(Duration.ZERO), null);
    }

    /**
     * @param days what {@code /_simulator/estate} reads and switches, or {@code null} to answer it 404
     * @param clock the moment payloads are served at ({@link dev.portcullis.simulator.estate.ServedTime})
     * @param latency waited before every ARM answer (errors and faults included), on top of injected delays
     * @param changes what the activity log serves and {@code /_simulator/changes} and {@code /_simulator/eventgrid}
     *     drive, or {@code null} to answer those 404
     */
    public ArmHandler(Supplier<ArmCatalog> catalog, String baseUrl, int pageSize, Faults faults, RequestLog log,
                      DaySwitch days, EntraDirectory entra, ManagementGroups managementGroups,
                      OidcProvider oidcProvider, Clock clock, Latency latency, EstateChanges changes) {
        this.oidcProvider = oidcProvider;
        this.latency = latency;
        this.router = new ArmRouter(catalog, new ListPager(baseUrl, pageSize), managementGroups, clock,
                changes == null ? null : changes.activityLog());
        this.entra = entra;
        this.tokens = new TokenEndpoint(entra);
        this.faults = faults;
        this.log = log;
        this.admin = new AdminHandler(faults, log, days, latency, changes);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path != null && path.regionMatches(true, 0, ADMIN_PREFIX, 0, ADMIN_PREFIX.length())) {
                admin.handle(exchange);
                return;
            }
            long begun = log.begin();
            try {
                serve(exchange, path);
            } finally {
                log.end(begun);
            }
        }
    }

    private void serve(HttpExchange exchange, String path) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Optional<TokenEndpoint.Answer> token = tokens.answer(exchange.getRequestMethod(), path, body);
        Optional<OidcProvider.Answer> oidc = oidcProvider.answer(exchange.getRequestMethod(),
                exchange.getRequestURI(), body, exchange.getRequestHeaders().getFirst("Authorization"));
        ArmResponse response = token.map(t -> new ArmResponse(t.status(), t.body(), Map.of()))
                .or(() -> oidc.map(o -> new ArmResponse(o.status(), o.body(), o.headers())))
                .orElseGet(() -> answer(exchange));
        log.record(new ServedRequest(exchange.getRequestMethod(), path,
                exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery(),
                response.status()));
        send(exchange, response);
    }

    private ArmResponse answer(HttpExchange exchange) {
        try {
            long millis = latency.millis();
            if (millis > 0) {
                Thread.sleep(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ArmErrors.internalError("The simulator is stopping.");
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && !(authorization.startsWith("Bearer ")
                && entra.isIssued(authorization.substring("Bearer ".length())))) {
            return ArmResponse.error(401, "InvalidAuthenticationToken", "The access token is invalid.");
        }
        try {
            ArmRequest request = ArmRequest.of(exchange.getRequestMethod(), exchange.getRequestURI());
            Faults.Effect effect = faults.onRequest(request.path());
            if (effect.delayMillis() > 0) {
                Thread.sleep(effect.delayMillis());
            }
            ArmResponse response;
            if (effect.answer() != null && effect.answer().body() != null) {
                response = new ArmResponse(effect.answer().status(), effect.answer().body(), Map.of());
            } else if (effect.answer() != null) {
                response = ArmErrors.fault(effect.answer().status(), effect.answer().retryAfterSeconds());
            } else {
                response = router.route(request);
            }
            for (Map.Entry<String, String> header : effect.headers().entrySet()) {
                response = response.withHeader(header.getKey(), header.getValue());
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ArmErrors.internalError("The simulator is stopping.");
        } catch (IllegalArgumentException e) {
            return ArmResponse.error(400, "InvalidRequestUri", "The request URI is not valid: " + e.getMessage());
        } catch (RuntimeException e) {
            return ArmErrors.internalError("The simulator failed: " + e);
        }
    }

    static void send(HttpExchange exchange, ArmResponse response) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        Headers headers = exchange.getResponseHeaders();
        String requestId = UUID.randomUUID().toString();
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("Cache-Control", "no-cache");
        headers.set("x-ms-request-id", requestId);
        headers.set("x-ms-correlation-request-id", requestId);
        headers.set("x-ms-ratelimit-remaining-subscription-reads", response.status() == 429 ? "0" : REMAINING_READS);
        response.headers().forEach(headers::set);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
