package dev.portcullis.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.portcullis.simulator.change.Change;
import dev.portcullis.simulator.change.EventGridPublisher;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event Grid push: the validation handshake, then one notification per succeeded write, retried when refused. */
class EventGridPushTest {

    private ArmSimulator sim;
    private Receiver receiver;

    @BeforeEach
    void start() throws IOException {
        sim = ArmSimulator.start(Estate.demo());
        sim.eventGrid().retryDelays(List.of(Duration.ofMillis(50), Duration.ofMillis(50)));
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    @Test
    void aTargetThatEchoesTheCodeIsValidatedWithItsQueryStringKept() {
        EventGridPublisher.Status status = sim.eventGrid().target(receiver.url() + "?secret=s3cr%2Bt");

        assertThat(status.validated()).isTrue();
        assertThat(status.url()).as("the secret is not shown").isEqualTo(receiver.url());
        Received validation = receiver.received.get(0);
        assertThat(validation.eventType()).isEqualTo("SubscriptionValidation");
        assertThat(validation.query()).isEqualTo("secret=s3cr%2Bt");
        Map<String, Object> event = validation.events().get(0);
        assertThat(event).containsEntry("eventType", "Microsoft.EventGrid.SubscriptionValidationEvent");
        assertThat(Json.string(event, "data", "validationUrl")).startsWith(sim.baseUrl() + "/_simulator/eventgrid/validate?code=");
    }

    @Test
    void eachSucceededWriteIsDeliveredAsOneResourceWriteSuccessNotification() {
        sim.eventGrid().target(receiver.url() + "?secret=abc");
        Change change = sim.changes().openPort("web-01", 22);

        await(() -> receiver.notifications().size() == 1);
        Received notification = receiver.notifications().get(0);
        assertThat(notification.query()).isEqualTo("secret=abc");
        assertThat(notification.events()).hasSize(1);
        Map<String, Object> event = notification.events().get(0);
        String ruleId = change.changed().get(0);
        String subscriptionId = sim.estate().virtualMachine("web-01").subscriptionId();
        assertThat(event).containsEntry("eventType", "Microsoft.Resources.ResourceWriteSuccess")
                .containsEntry("subject", ruleId)
                .containsEntry("topic", "/subscriptions/" + subscriptionId)
                .containsEntry("dataVersion", "2");
        assertThat(Json.object(event, "data"))
                .containsEntry("operationName", "Microsoft.Network/networkSecurityGroups/securityRules/write")
                .containsEntry("resourceUri", ruleId)
                .containsEntry("status", "Succeeded")
                .containsEntry("subscriptionId", subscriptionId)
                .containsEntry("correlationId", change.correlationIds().get(0))
                .containsEntry("resourceProvider", "Microsoft.Network")
                .containsKeys("tenantId", "claims", "authorization");
        await(() -> sim.eventGrid().status().delivered() == 1);
    }

    @Test
    void deletesAndActionsAreDeliveredWithTheirOwnEventTypes() {
        sim.eventGrid().target(receiver.url());
        String vm = sim.estate().virtualMachine("web-01").resourceId();
        sim.changes().write(new dev.portcullis.simulator.change.ArmOperation("Microsoft.Compute/virtualMachines/delete", vm), "a@b");
        sim.changes().write(new dev.portcullis.simulator.change.ArmOperation(
                "Microsoft.Compute/virtualMachines/restart/action", vm), "a@b");

        await(() -> receiver.notifications().size() == 2);
        assertThat(receiver.notifications()).extracting(received -> Json.string(received.events().get(0), "eventType"))
                .containsExactlyInAnyOrder("Microsoft.Resources.ResourceDeleteSuccess",
                        "Microsoft.Resources.ResourceActionSuccess");
    }

    @Test
    void aTargetThatDoesNotEchoTheCodeIsNotValidatedAndGetsNoNotifications() throws InterruptedException {
        receiver.echo = false;
        EventGridPublisher.Status status = sim.eventGrid().target(receiver.url());

        assertThat(status.validated()).isFalse();
        assertThat(status.validationError()).contains("validationResponse");
        sim.changes().openPort("web-01", 22);
        Thread.sleep(200);
        assertThat(receiver.notifications()).isEmpty();
    }

    @Test
    void theValidationUrlValidatesByHand() {
        receiver.echo = false;
        sim.eventGrid().target(receiver.url());
        String validationUrl = Json.string(receiver.received.get(0).events().get(0), "data", "validationUrl");

        assertThat(new ArmTestClient(sim.baseUrl()).getUrl(validationUrl).status()).isEqualTo(200);

        assertThat(sim.eventGrid().status().validated()).isTrue();
        assertThat(new ArmTestClient(sim.baseUrl()).get("/_simulator/eventgrid/validate?code=wrong").status())
                .isEqualTo(404);
    }

    @Test
    void aRefusedDeliveryIsRetriedThenCountedAsFailed() {
        receiver.notificationStatus = 503;
        sim.eventGrid().target(receiver.url());
        sim.changes().write(sim.estate().virtualMachine("web-01").resourceId());

        await(() -> sim.eventGrid().status().failed() == 1);
        assertThat(receiver.notifications()).hasSize(3);
        assertThat(receiver.notifications()).extracting(Received::deliveryCount).containsExactly("0", "1", "2");
        EventGridPublisher.Status status = sim.eventGrid().status();
        assertThat(status.attempts()).isEqualTo(3);
        assertThat(status.delivered()).isZero();
        assertThat(status.pending()).isZero();
    }

    @Test
    void aDeliveryAnswered400IsNotRetried() {
        receiver.notificationStatus = 400;
        sim.eventGrid().target(receiver.url());
        sim.changes().write(sim.estate().virtualMachine("web-01").resourceId());

        await(() -> sim.eventGrid().status().failed() == 1);
        assertThat(sim.eventGrid().status().attempts()).isEqualTo(1);
    }

    @Test
    void theTargetIsSetAndReadOverTheAdminEndpoint() {
        ArmTestClient client = new ArmTestClient(sim.baseUrl());
        String url = URLEncoder.encode(receiver.url() + "?secret=abc&x=1", StandardCharsets.UTF_8);

        ArmTestClient.Response set = client.send("POST", "/_simulator/eventgrid?retryDelaysMs=10,10&url=" + url);

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json()).containsEntry("validated", true).containsEntry("url", receiver.url());
        assertThat(receiver.received.get(0).query()).isEqualTo("secret=abc&x=1");
        sim.changes().burst(sim.estate().virtualMachine("web-01").resourceId(), 3);
        await(() -> Json.at(client.get("/_simulator/eventgrid").json(), "delivered").toString().equals("3"));
        assertThat(client.send("DELETE", "/_simulator/eventgrid").json()).doesNotContainKey("url");
    }

    @Test
    void aCaFileThatHoldsNoCertificateIsRefused(@TempDir Path directory) throws IOException {
        Path pem = Files.writeString(directory.resolve("ca.pem"), "not a certificate\n");

        assertThatThrownBy(() -> EventGridPublisher.trusting(pem)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** One request the receiver got. */
    record Received(String eventType, String deliveryCount, String query, List<Map<String, Object>> events) {
    }

    /** A webhook on loopback: answers the handshake (when {@link #echo}) and notifications with a set status. */
    private static final class Receiver implements AutoCloseable {
        private final HttpServer server;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private volatile boolean echo = true;
        private volatile int notificationStatus = 200;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/hook", exchange -> {
                try (exchange) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> events = (List<Map<String, Object>>) StrictJson.parse(body);
                    String type = exchange.getRequestHeaders().getFirst("aeg-event-type");
                    received.add(new Received(type, exchange.getRequestHeaders().getFirst("aeg-delivery-count"),
                            exchange.getRequestURI().getRawQuery(), events));
                    int status = notificationStatus;
                    String answer = "";
                    if ("SubscriptionValidation".equals(type)) {
                        status = 200;
                        answer = echo ? "{\"validationResponse\":\"" + Json.string(events.get(0), "data", "validationCode") + "\"}"
                                : "{}";
                    }
                    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                    if (bytes.length > 0) {
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(bytes);
                        }
                    }
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<Received> notifications() {
            return received.stream().filter(r -> "Notification".equals(r.eventType())).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
