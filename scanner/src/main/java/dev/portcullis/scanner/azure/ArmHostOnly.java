package dev.portcullis.scanner.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import reactor.core.publisher.Mono;

/**
 * Lets a request through only to the tenant's own ARM endpoint (scheme, host and port). ARM's answers carry absolute
 * links (a list's {@code nextLink}) that the SDK's paging and our own GETs follow; a link to another host would take
 * the bearer token with it. Placed before the retry and bearer-token policies, a refused request is never retried and
 * never carries a token: it fails the read, and the scan records that.
 */
final class ArmHostOnly implements HttpPipelinePolicy {

    private final String scheme;
    private final String host;
    private final int port;

    ArmHostOnly(URI armEndpoint) {
        this.scheme = armEndpoint.getScheme().toLowerCase(Locale.ROOT);
        this.host = armEndpoint.getHost().toLowerCase(Locale.ROOT);
        this.port = effectivePort(scheme, armEndpoint.getPort());
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        try {
            check(context.getHttpRequest().getUrl());
        } catch (ArmCallException e) {
            return Mono.error(e);
        }
        return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        check(context.getHttpRequest().getUrl());
        return next.processSync();
    }

    private void check(URL url) {
        String requestScheme = url.getProtocol().toLowerCase(Locale.ROOT);
        boolean same = requestScheme.equals(scheme) && url.getHost().toLowerCase(Locale.ROOT).equals(host)
                && effectivePort(requestScheme, url.getPort()) == port;
        if (!same) {
            throw new ArmCallException("ARM linked to another host (" + requestScheme + "://" + url.getHost()
                    + (url.getPort() < 0 ? "" : ":" + url.getPort()) + "): not followed, nothing was sent there");
        }
    }

    private static int effectivePort(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "http".equals(scheme) ? 80 : 443;
    }
}
