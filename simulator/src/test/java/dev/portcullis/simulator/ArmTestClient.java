package dev.portcullis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plain java.net.http client for the simulator, with ARM paging and strict JSON checks. */
public final class ArmTestClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ArmTestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** GET {@code baseUrl + pathAndQuery} (already URI-safe). */
    public Response get(String pathAndQuery) {
        return send("GET", URI.create(baseUrl + pathAndQuery), null);
    }

    /** GET an unencoded path (e.g. containing {@code <} or spaces) with a query. */
    public Response getPath(String path, String query) {
        try {
            URI base = URI.create(baseUrl);
            return send("GET", new URI("http", null, base.getHost(), base.getPort(), path, query, null), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Response getUrl(String absoluteUrl) {
        return send("GET", URI.create(absoluteUrl), null);
    }

    public Response send(String method, String pathAndQuery) {
        return send(method, URI.create(baseUrl + pathAndQuery), null);
    }

    public Response send(String method, URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, method.equals("POST") || method.equals("PUT")
                        ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (headers != null) {
            headers.forEach(request::header);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows nextLink from {@code pathAndQuery} to the end; every page must be 200 and strict JSON. */
    public List<Map<String, Object>> listAll(String pathAndQuery) {
        return pages(pathAndQuery).stream().flatMap(page -> Json.objects(page, "value").stream()).toList();
    }

    /** Every page of a list, parsed. */
    public List<Map<String, Object>> pages(String pathAndQuery) {
        List<Map<String, Object>> pages = new ArrayList<>();
        Response response = get(pathAndQuery);
        while (true) {
            assertThat(response.status()).as("status of %s", pathAndQuery).isEqualTo(200);
            Map<String, Object> page = response.json();
            assertThat(page).containsKey("value");
            pages.add(page);
            String next = Json.string(page, "nextLink");
            if (next == null) {
                return pages;
            }
            assertThat(pages).as("runaway paging").hasSizeLessThan(100_000);
            response = getUrl(next);
        }
    }

    /** An HTTP answer; {@link #json()} parses strictly. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Map<String, Object> json() {
            return StrictJson.parseObject(body);
        }

        public String errorCode() {
            return Json.string(json(), "error", "code");
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst();
        }
    }
}
