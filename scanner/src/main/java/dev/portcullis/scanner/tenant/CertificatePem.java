package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.InvalidFieldException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a certificate credential before it is used: one PEM text holding the certificate and its unencrypted
 * PKCS#8 private key, the key belonging to the certificate, the certificate valid now. Messages name what is wrong,
 * never the key.
 */
final class CertificatePem {

    static final String FIELD = "credential.certificate";
    private static final Pattern CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private CertificatePem() {
    }

    /** @throws InvalidFieldException naming {@value #FIELD} */
    static X509Certificate check(String pem, Instant now) {
        if (pem == null || pem.isBlank()) {
            throw new InvalidFieldException(FIELD, FIELD + " is required: the PEM of the certificate and its private"
                    + " key");
        }
        Matcher certificateBlock = CERTIFICATE.matcher(pem);
        if (!certificateBlock.find()) {
            throw new InvalidFieldException(FIELD, FIELD + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        Matcher keyBlock = PRIVATE_KEY.matcher(pem);
        if (!keyBlock.find()) {
            throw new InvalidFieldException(FIELD, FIELD + " holds no unencrypted PKCS#8 private key (-----BEGIN"
                    + " PRIVATE KEY-----); convert one with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
        }
        X509Certificate certificate;
        PrivateKey key;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(der(certificateBlock.group(1))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidFieldException(FIELD, FIELD + " holds a certificate that cannot be read");
        }
        try {
            key = KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(der(keyBlock.group(1))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidFieldException(FIELD, FIELD + " holds a private key that cannot be read as a "
                    + certificate.getPublicKey().getAlgorithm() + " key");
        }
        if (!belongsTogether(certificate, key)) {
            throw new InvalidFieldException(FIELD, FIELD + ": the private key is not the certificate's ("
                    + certificate.getSubjectX500Principal().getName() + ")");
        }
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            throw new InvalidFieldException(FIELD, FIELD + ": the certificate expired on "
                    + certificate.getNotAfter().toInstant());
        }
        if (certificate.getNotBefore().toInstant().isAfter(now)) {
            throw new InvalidFieldException(FIELD, FIELD + ": the certificate is not valid before "
                    + certificate.getNotBefore().toInstant());
        }
        return certificate;
    }

    private static boolean belongsTogether(X509Certificate certificate, PrivateKey key) {
        try {
            String algorithm = "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] der(String base64) {
        return Base64.getMimeDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
    }
}
