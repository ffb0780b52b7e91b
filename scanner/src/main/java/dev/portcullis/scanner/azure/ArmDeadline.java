package dev.portcullis.scanner.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Refuses every request of a session after its deadline: an endless or very slow ARM cannot keep a collection going
 * past {@code PORTCULLIS_SCAN_SUBSCRIPTION_TIMEOUT}, whatever it answers (each request is also bounded by the HTTP
 * client's timeouts).
 */
final class ArmDeadline implements HttpPipelinePolicy {

    private final Instant deadline;
    private final Duration budget;

    ArmDeadline(Instant deadline, Duration budget) {
        this.deadline = deadline;
        this.budget = budget;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return passed() ? Mono.error(exceeded()) : next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        if (passed()) {
            throw exceeded();
        }
        return next.processSync();
    }

    private boolean passed() {
        return Instant.now().isAfter(deadline);
    }

    private ArmCallException exceeded() {
        return new ArmCallException("stopped after " + budget.toMinutes() + " min: the collection did not finish in"
                + " time (PORTCULLIS_SCAN_SUBSCRIPTION_TIMEOUT)");
    }
}
