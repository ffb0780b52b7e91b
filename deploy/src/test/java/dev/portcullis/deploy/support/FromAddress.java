package dev.portcullis.deploy.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests to the application from another loopback address (127.0.0.2, 127.0.0.3, …), so a test of what
 * the server does per client address neither touches nor depends on the 127.0.0.1 every other test uses.
 */
public final class FromAddress {

    private final String address;

    private FromAddress(String address) {
        this.address = address;
    }

    public static FromAddress of(String loopbackAddress) {
        return new FromAddress(loopbackAddress);
    }

    /** An answer: status, headers (lower-case names) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public Answer getWithBasic(String path, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return send("GET " + path + " HTTP/1.1\r\nAuthorization: Basic " + credentials + "\r\n", "");
    }

    /** A form post without CSRF token: enough for the login page's throttle, which answers before the form's check. */
    public Answer postForm(String path, String form, String cookies) {
        return send("POST " + path + " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + (cookies == null ? "" : "Cookie: " + cookies + "\r\n"), form);
    }

    public Answer get(String path, String cookies) {
        return send("GET " + path + " HTTP/1.1\r\n" + (cookies == null ? "" : "Cookie: " + cookies + "\r\n"), "");
    }

    private Answer send(String requestHead, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), RestAssured.port));
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "Host: 127.0.0.1:" + RestAssured.port + "\r\nConnection: close\r\n"
                    + "Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + "; " + b);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }
}
