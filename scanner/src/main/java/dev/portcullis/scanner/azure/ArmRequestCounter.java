package dev.portcullis.scanner.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/** Counts every HTTP request that reaches ARM, retries included (it sits after the retry policy). */
public final class ArmRequestCounter implements HttpPipelinePolicy {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        count.incrementAndGet();
        return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        count.incrementAndGet();
        return next.processSync();
    }

    public int count() {
        return count.get();
    }
}
