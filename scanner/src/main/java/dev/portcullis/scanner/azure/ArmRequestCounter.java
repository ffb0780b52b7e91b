package dev.portcullis.scanner.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * Counts every HTTP request that reaches ARM, retries included (it sits after the retry policy), and of them the ones
 * that were sent again (a retry, or the token policy's second try after a challenge) and the answers 429. The retry
 * policy sends each attempt through the rest of the pipeline with the same call context, so an attempt whose context
 * this counter has seen before is a retry.
 */
public final class ArmRequestCounter implements HttpPipelinePolicy {

    private static final String SEEN = "portcullis-arm-request-counted";
    private static final int TOO_MANY_REQUESTS = 429;

    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final ArmTraffic.Observer traffic;

    public ArmRequestCounter() {
        this(ArmTraffic.Observer.NONE);
    }

    public ArmRequestCounter(ArmTraffic.Observer traffic) {
        this.traffic = traffic;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        sending(context);
        return next.process().doOnNext(this::answered);
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        sending(context);
        HttpResponse response = next.processSync();
        answered(response);
        return response;
    }

    private void sending(HttpPipelineCallContext context) {
        count.incrementAndGet();
        if (context.getData(SEEN).isPresent()) {
            retried.incrementAndGet();
        } else {
            context.setData(SEEN, Boolean.TRUE);
        }
        traffic.sent();
    }

    private void answered(HttpResponse response) {
        if (response != null && response.getStatusCode() == TOO_MANY_REQUESTS) {
            throttled.incrementAndGet();
            traffic.throttled();
        }
    }

    /** Requests sent, each retry counted again. */
    public int count() {
        return count.get();
    }

    /** Requests that were another attempt of one sent before. */
    public int retried() {
        return retried.get();
    }

    /** Answers 429 (too many requests). */
    public int throttled() {
        return throttled.get();
    }
}
