package dev.portcullis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.portcullis.simulator.change.EventGridPublisher;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An https webhook with a self-signed certificate is reached when its PEM is trusted, and not otherwise. */
class EventGridHttpsTargetTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @Test
    void anHttpsTargetIsValidatedWhenItsCertificateIsTrustedFromAPemFile(@TempDir Path directory) throws Exception {
        Path keystore = directory.resolve("hook.p12");
        Path pem = directory.resolve("hook.pem");
        keytool("-genkeypair", "-alias", "hook", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "hook", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", pem.toString());
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keystore)));
        server.createContext("/hook", exchange -> {
            try (exchange) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> events = (List<Map<String, Object>>) StrictJson.parse(
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] answer = ("{\"validationResponse\":\"" + Json.string(events.get(0), "data", "validationCode") + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
        String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        try (ArmSimulator sim = ArmSimulator.start(Estate.demo())) {
            assertThat(sim.eventGrid().target(url).validated()).as("the JDK's CAs do not know it").isFalse();

            EventGridPublisher.Status trusted = sim.eventGrid().target(url, EventGridPublisher.trusting(pem));

            assertThat(trusted.validated()).isTrue();
        } finally {
            server.stop(0);
        }
    }

    private static SSLContext serverContext(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
