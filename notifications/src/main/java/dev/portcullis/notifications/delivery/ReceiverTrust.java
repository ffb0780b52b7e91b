package dev.portcullis.notifications.delivery;

import io.vertx.core.net.TrustOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Whom receivers' TLS certificates must chain to: the JDK's authorities, plus the certificates of
 * {@code portcullis.notifications.trust-certificates} when the installation names a PEM file.
 */
final class ReceiverTrust {

    private ReceiverTrust() {
    }

    static TrustOptions of(Optional<String> pemFile) {
        try {
            TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            jdk.init((KeyStore) null);
            if (pemFile.isEmpty() || pemFile.get().isBlank()) {
                return TrustOptions.wrap(jdk);
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (TrustManager manager : jdk.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate authority : x509.getAcceptedIssuers()) {
                        store.setCertificateEntry("jdk-" + n++, authority);
                    }
                }
            }
            try (InputStream in = Files.newInputStream(Path.of(pemFile.get()))) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("configured-" + n++, certificate);
                }
            }
            TrustManagerFactory combined = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            combined.init(store);
            return TrustOptions.wrap(combined);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The receivers' trusted certificates (portcullis.notifications"
                    + ".trust-certificates) could not be read: " + e.getMessage(), e);
        }
    }
}
