package dev.portcullis.scanner.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.rest.PagedIterable;
import com.azure.core.http.rest.PagedResponse;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Context;
import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.network.NetworkManager;
import com.azure.resourcemanager.resources.ResourceManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One authenticated pipeline to one tenant's ARM endpoint, with its request counter and read pacing. The SDK managers
 * and the plain GETs for the Security provider share it, so authentication, retry, pacing and counting are the same
 * everywhere.
 */
public final class ArmSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpPipeline pipeline;
    private final AzureProfile profile;
    private final URI endpoint;
    private final ArmRequestCounter counter;
    private final ArmReadPacing pacing;
    private final int maxPages;

    ArmSession(HttpPipeline pipeline, AzureProfile profile, URI endpoint, ArmRequestCounter counter,
               ArmReadPacing pacing, int maxPages) {
        this.pipeline = pipeline;
        this.profile = profile;
        this.endpoint = endpoint;
        this.counter = counter;
        this.pacing = pacing;
        this.maxPages = maxPages;
    }

    /** Requests sent, retries included. */
    public int requestCount() {
        return counter.count();
    }

    /** ARM's answers 429. */
    public int throttledCount() {
        return counter.throttled();
    }

    /** Requests sent again (after a 429, a 5xx or a broken connection). */
    public int retriedCount() {
        return counter.retried();
    }

    /** Requests that waited because ARM's remaining reads ran low. */
    public int pauseCount() {
        return pacing.pauses();
    }

    /** How long those requests waited in all. */
    public Duration pausedFor() {
        return pacing.paused();
    }

    public ResourceManager.Authenticated resources() {
        return ResourceManager.authenticate(pipeline, profile);
    }

    public ComputeManager compute(String subscriptionId) {
        return ComputeManager.authenticate(pipeline, profileFor(subscriptionId));
    }

    public NetworkManager network(String subscriptionId) {
        return NetworkManager.authenticate(pipeline, profileFor(subscriptionId));
    }

    /**
     * GETs an ARM list ({@code {"value": [...], "nextLink": ...}}) and follows every nextLink. A nextLink that
     * leaves the tenant's ARM endpoint is refused by the pipeline ({@link ArmHostOnly}), so the token never goes to
     * another host.
     */
    public List<JsonNode> listAll(String pathAndQuery) {
        List<JsonNode> items = new ArrayList<>();
        String url = endpointBase() + pathAndQuery;
        int pages = 0;
        while (url != null) {
            requireAnotherPage(++pages);
            JsonNode page = getJson(url);
            page.path("value").forEach(items::add);
            String next = page.path("nextLink").asText(null);
            url = next == null || next.isBlank() ? null : next;
        }
        return items;
    }

    /**
     * Every item of a list the SDK pages through (its own {@code nextLink} following), stopping a list that has more
     * pages than any real one ({@code portcullis.scan.max-pages-per-list}): an endpoint that links page after page
     * forever cannot keep a collection going.
     */
    public <T> List<T> all(PagedIterable<T> list) {
        List<T> items = new ArrayList<>();
        int pages = 0;
        for (PagedResponse<T> page : list.iterableByPage()) {
            requireAnotherPage(++pages);
            items.addAll(page.getValue());
        }
        return items;
    }

    private void requireAnotherPage(int page) {
        if (page > maxPages) {
            throw new ArmCallException("the list went on past " + maxPages + " pages: stopped as endless"
                    + " (portcullis.scan.max-pages-per-list)");
        }
    }

    /** GETs the first page of an ARM list, without following nextLink: enough to learn whether a read is allowed. */
    public JsonNode firstPage(String pathAndQuery) {
        return getJson(endpointBase() + pathAndQuery);
    }

    private JsonNode getJson(String url) {
        try (HttpResponse response = pipeline.sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
            String body = response.getBodyAsBinaryData().toString();
            if (response.getStatusCode() / 100 != 2) {
                throw new ArmCallException("GET " + pathOf(url) + " answered " + response.getStatusCode()
                        + ArmErrors.describe(response.getStatusCode(), body), response.getStatusCode());
            }
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ArmCallException("GET " + pathOf(url) + " returned an answer that is not JSON", e);
        }
    }

    private String endpointBase() {
        String base = endpoint.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    private AzureProfile profileFor(String subscriptionId) {
        return new AzureProfile(profile.getTenantId(), subscriptionId, profile.getEnvironment());
    }
}
