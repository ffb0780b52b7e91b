package dev.portcullis.deploy.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A host of the attacker's on loopback: HTTPS with a certificate the test JVM trusts (see
 * {@code src/test/resources/tls}), and plain HTTP on the same port (a client told "http" by a loopback rewrite sends
 * in clear). It records every byte any client sends it, decrypted when TLS, and answers each request with a 400, so
 * a test can assert that not one byte of a server file, credential or token ever reached it.
 */
public final class HostileListener implements AutoCloseable {

    private static final int TLS_HANDSHAKE = 0x16;

    private final ServerSocket server;
    private final SSLContext tls;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "hostile-listener");
        thread.setDaemon(true);
        return thread;
    });
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final AtomicInteger accepted = new AtomicInteger();

    private HostileListener(ServerSocket server, SSLContext tls) {
        this.server = server;
        this.tls = tls;
    }

    public static HostileListener start() {
        try {
            SSLContext tls = ListenerTls.context();
            HostileListener listener = new HostileListener(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                    tls);
            listener.connections.submit(listener::acceptForever);
            return listener;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the hostile listener", e);
        }
    }

    /** {@code https://localhost:PORT}, the name its certificate carries. */
    public String httpsUrl() {
        return "https://localhost:" + server.getLocalPort();
    }

    /** {@code http://localhost:PORT}: the same listener, for a client that speaks clear text to loopback. */
    public String httpUrl() {
        return "http://localhost:" + server.getLocalPort();
    }

    /** How many connections any client opened to it. */
    public int connections() {
        return accepted.get();
    }

    /** Everything received so far, as ISO-8859-1 text (every byte kept). */
    public String received() {
        synchronized (received) {
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    public void forget() {
        synchronized (received) {
            received.reset();
        }
        accepted.set(0);
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                connections.submit(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(5_000);
            PushbackInputStream peek = new PushbackInputStream(socket.getInputStream(), 1);
            int first = peek.read();
            if (first < 0) {
                return;
            }
            InputStream in;
            OutputStream out;
            if (first == TLS_HANDSHAKE) {
                SSLSocket secured = (SSLSocket) tls.getSocketFactory().createSocket(socket,
                        new ByteArrayInputStream(new byte[] {(byte) first}), true);
                secured.setUseClientMode(false);
                secured.startHandshake();
                in = secured.getInputStream();
                out = secured.getOutputStream();
            } else {
                peek.unread(first);
                in = peek;
                out = socket.getOutputStream();
            }
            record(in);
            out.write(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 27\r\n"
                    + "Connection: close\r\n\r\n{\"error\":\"invalid_request\"}").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // a client that gave up, or a handshake a client refused: what arrived is recorded
        }
    }

    /** Reads one request (headers, and the body its Content-Length announces), keeping every byte. */
    private void record(InputStream in) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        int contentLength = -1;
        try {
            int b;
            while ((b = in.read()) >= 0) {
                request.write(b);
                String text = request.toString(StandardCharsets.ISO_8859_1);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0) {
                    if (contentLength < 0) {
                        contentLength = contentLength(text.substring(0, end));
                    }
                    if (request.size() >= end + 4 + contentLength) {
                        break;
                    }
                }
            }
        } catch (SocketTimeoutException e) {
            // keep what came
        } finally {
            synchronized (received) {
                request.writeTo(received);
            }
        }
    }

    private static int contentLength(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
        connections.shutdownNow();
    }
}
