package dev.portcullis.deploy.support;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed RSA certificates for the certificate credential, made fresh for each test. */
public final class TestCertificates {

    /** A certificate, its key pair and the PEM text an operator would paste (certificate, then PKCS#8 key). */
    public record Issued(X509Certificate certificate, KeyPair keys, String pem) {
    }

    private TestCertificates() {
    }

    public static Issued valid() {
        return issue(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
    }

    public static Issued expired() {
        return issue(Instant.now().minus(Duration.ofDays(400)), Instant.now().minus(Duration.ofDays(35)));
    }

    /** The certificate of one pair with the private key of another. */
    public static String mismatched() {
        Issued one = valid();
        Issued other = valid();
        return certificatePem(one.certificate()) + keyPem(other.keys());
    }

    private static Issued issue(Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=portcullis-scanner-test");
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                            Date.from(notBefore), Date.from(notAfter), name, keys.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new Issued(certificate, keys, certificatePem(certificate) + keyPem(keys));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    private static String certificatePem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String keyPem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }
}
