package dev.portcullis.scanner.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.util.Context;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The session pipeline's retry, read pacing and counting, against scripted ARM answers. */
class ArmTrafficPoliciesTest {

    private static final String URL = "https://arm.example/subscriptions/s/providers/Microsoft.Compute/virtualMachines";

    @Test
    void pauseIsWhatIsMissingBelowTheThresholdAtTwentyFiveReadsASecondAndNeverMoreThanTenSeconds() {
        Map<int[], Duration> table = Map.of(
                new int[] {25, 25}, Duration.ZERO,
                new int[] {25, 249}, Duration.ZERO,
                new int[] {25, 24}, Duration.ofMillis(40),
                new int[] {25, 5}, Duration.ofMillis(800),
                new int[] {25, 0}, Duration.ofSeconds(1),
                new int[] {25, -3}, Duration.ofSeconds(1),
                new int[] {250, 0}, Duration.ofSeconds(10),
                new int[] {1000, 0}, Duration.ofSeconds(10),
                new int[] {0, 0}, Duration.ZERO);
        table.forEach((case_, pause) -> assertThat(ArmReadPacing.pause(case_[0], case_[1]))
                .as("threshold %d, remaining %d", case_[0], case_[1]).isEqualTo(pause));
    }

    @Test
    void aLowAnswerMakesTheNextRequestWaitAndOnlyThatOne() {
        Session session = new Session(25, answer(200, "20"), answer(200, "249"), answer(200, "249"));

        session.sendSync();
        long start = System.nanoTime();
        session.sendSync();
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        session.sendSync();

        assertThat(session.pacing.pauses()).isEqualTo(1);
        assertThat(waitedMillis).as("(25 - 20) / 25 s").isGreaterThanOrEqualTo(190);
        assertThat(session.observed).as("the second request paused, then went").containsExactly("sent", "paused", "sent",
                "sent");
        assertThat(session.counter.count()).isEqualTo(3);
        assertThat(session.counter.retried()).isZero();
    }

    @Test
    void theAsynchronousPathWaitsToo() {
        Session session = new Session(25, answer(200, "15"), answer(200, "249"));

        session.send();
        session.send();

        assertThat(session.pacing.pauses()).isEqualTo(1);
        assertThat(session.pacing.paused()).isGreaterThan(Duration.ZERO).isLessThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void aThrottledAnswerRetriedIsCountedOnceThrottledAndOnceRetriedAndAddsNoPauseToItsRetryAfter() {
        Session session = new Session(25, answer(429, "0").retryAfter("0"), answer(200, "249"));

        HttpResponse response = session.send();

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(session.counter.count()).isEqualTo(2);
        assertThat(session.counter.throttled()).isEqualTo(1);
        assertThat(session.counter.retried()).isEqualTo(1);
        assertThat(session.pacing.pauses()).as("the 429's own remaining reads are Retry-After's business").isZero();
        assertThat(session.observed).containsExactly("sent", "throttled", "sent");
    }

    @Test
    void separateRequestsAreNotRetries() {
        Session session = new Session(25, answer(200, "249"), answer(200, "249"));

        session.sendSync();
        session.send();

        assertThat(session.counter.count()).isEqualTo(2);
        assertThat(session.counter.retried()).isZero();
        assertThat(session.counter.throttled()).isZero();
    }

    @Test
    void thresholdZeroTurnsPacingOff() {
        Session session = new Session(0, answer(200, "0"), answer(200, "0"));

        session.sendSync();
        session.sendSync();

        assertThat(session.pacing.pauses()).isZero();
    }

    /** A pipeline as ArmSessionFactory builds it (retry, pacing, counting) over a client that plays answers. */
    private static final class Session {
        final List<String> observed = new ArrayList<>();
        final ArmReadPacing pacing;
        final ArmRequestCounter counter;
        final HttpPipeline pipeline;

        Session(int threshold, Answer... answers) {
            ArmTraffic.Observer observer = new ArmTraffic.Observer() {
                @Override
                public void sent() {
                    observed.add("sent");
                }

                @Override
                public void throttled() {
                    observed.add("throttled");
                }

                @Override
                public void paused(Duration wait) {
                    observed.add("paused");
                }
            };
            Deque<Answer> script = new ArrayDeque<>(List.of(answers));
            HttpClient client = request -> Mono.fromCallable(() -> script.removeFirst().to(request));
            pacing = new ArmReadPacing(threshold, observer);
            counter = new ArmRequestCounter(observer);
            ExponentialBackoffOptions backoff = new ExponentialBackoffOptions().setMaxRetries(3)
                    .setBaseDelay(Duration.ofMillis(1)).setMaxDelay(Duration.ofMillis(5));
            pipeline = new HttpPipelineBuilder().httpClient(client)
                    .policies(new RetryPolicy(new RetryOptions(backoff)), pacing, counter).build();
        }

        HttpResponse sendSync() {
            return pipeline.sendSync(new HttpRequest(HttpMethod.GET, URL), Context.NONE);
        }

        HttpResponse send() {
            return pipeline.send(new HttpRequest(HttpMethod.GET, URL)).block();
        }
    }

    private static Answer answer(int status, String remainingReads) {
        return new Answer(status, remainingReads, null);
    }

    private record Answer(int status, String remainingReads, String retryAfter) {

        Answer retryAfter(String seconds) {
            return new Answer(status, remainingReads, seconds);
        }

        HttpResponse to(HttpRequest request) {
            HttpHeaders headers = new HttpHeaders().set(ArmReadPacing.REMAINING_READS, remainingReads);
            if (retryAfter != null) {
                headers.set(HttpHeaderName.RETRY_AFTER, retryAfter);
            }
            return new PlayedResponse(request, status, headers);
        }
    }

    private static final class PlayedResponse extends HttpResponse {
        private final int status;
        private final HttpHeaders headers;

        PlayedResponse(HttpRequest request, int status, HttpHeaders headers) {
            super(request);
            this.status = status;
            this.headers = headers;
        }

        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        @Deprecated
        public String getHeaderValue(String name) {
            return headers.getValue(HttpHeaderName.fromString(name));
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return Flux.just(ByteBuffer.wrap("{}".getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return Mono.just("{}".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Mono<String> getBodyAsString() {
            return Mono.just("{}");
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return Mono.just("{}");
        }
    }
}
