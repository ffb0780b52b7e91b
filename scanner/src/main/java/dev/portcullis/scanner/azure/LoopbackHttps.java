package dev.portcullis.scanner.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.Context;
import dev.portcullis.scanner.connection.InstallationPolicy;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import reactor.core.publisher.Mono;

/**
 * Lets a credential reach an ARM or Entra ID endpoint served over plain HTTP on loopback (the ARM simulator): azure
 * identity and the bearer-token policy accept only https URLs, so such an endpoint is given to them as https (and
 * {@link #UPGRADE} does the same to the http links the simulator answers with, such as next pages), and this client
 * sends it as http. Only loopback addresses are rewritten; every other URL goes out unchanged.
 */
final class LoopbackHttps implements HttpClient {

    /** A pipeline policy, placed before the bearer-token policy, that addresses loopback http URLs as https. */
    static final HttpPipelinePolicy UPGRADE = new HttpPipelinePolicy() {
        @Override
        public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
            upgrade(context.getHttpRequest());
            return next.process();
        }

        @Override
        public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
            upgrade(context.getHttpRequest());
            return next.processSync();
        }
    };

    private final HttpClient delegate;

    LoopbackHttps(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** Whether an endpoint is plain http on loopback, so that it needs this client. */
    static boolean applies(URI endpoint) {
        return "http".equalsIgnoreCase(endpoint.getScheme()) && isLoopback(endpoint.getHost());
    }

    /** The endpoint with https in place of http. */
    static URI asHttps(URI endpoint) {
        try {
            return new URI("https", endpoint.getUserInfo(), endpoint.getHost(), endpoint.getPort(), endpoint.getPath(),
                    endpoint.getQuery(), endpoint.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request) {
        return delegate.send(toHttp(request));
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request, Context context) {
        return delegate.send(toHttp(request), context);
    }

    @Override
    public HttpResponse sendSync(HttpRequest request, Context context) {
        return delegate.sendSync(toHttp(request), context);
    }

    private static HttpRequest toHttp(HttpRequest request) {
        return withScheme(request, "https", "http");
    }

    private static void upgrade(HttpRequest request) {
        withScheme(request, "http", "https");
    }

    private static HttpRequest withScheme(HttpRequest request, String from, String to) {
        URL url = request.getUrl();
        if (from.equalsIgnoreCase(url.getProtocol()) && isLoopback(url.getHost())) {
            try {
                request.setUrl(new URL(to, url.getHost(), url.getPort(), url.getFile()));
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return request;
    }

    private static boolean isLoopback(String host) {
        return InstallationPolicy.isLoopbackHost(host);
    }
}
