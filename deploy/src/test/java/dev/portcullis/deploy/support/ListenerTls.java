package dev.portcullis.deploy.support;

import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The server side of the test-only TLS material (src/test/resources/tls): the key and certificate for
 * {@code localhost}, which the test JVM trusts. Listeners of the tests serve HTTPS with it.
 */
final class ListenerTls {

    private static final char[] PASSWORD = "portcullis-tests".toCharArray();

    private ListenerTls() {
    }

    static SSLContext context() throws Exception {
        try (InputStream keys = ListenerTls.class.getResourceAsStream("/tls/listener.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(keys, PASSWORD);
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(store, PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(managers.getKeyManagers(), null, null);
            return tls;
        }
    }
}
