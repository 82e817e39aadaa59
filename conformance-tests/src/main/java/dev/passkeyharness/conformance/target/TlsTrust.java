package dev.passkeyharness.conformance.target;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Which server certificates an https target may present: the JDK's trusted roots, the roots of a local CA file (a
 * development CA such as mkcert's, or a self-signed certificate) with host names still checked, or, for a loopback
 * target only, any certificate at all.
 */
public final class TlsTrust {

    private static final TlsTrust SYSTEM = new TlsTrust(null, "the JDK's trusted roots");

    private final SSLContext context;
    private final String description;

    private TlsTrust(SSLContext context, String description) {
        this.context = context;
        this.description = description;
    }

    /** The JDK's default trust store. */
    public static TlsTrust system() {
        return SYSTEM;
    }

    /**
     * The certificates in the PEM file {@code pem} as the only roots; the server's host name must still match.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no X.509 certificate
     */
    public static TlsTrust certificatesIn(Path pem) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(pem + ": cannot be read (" + e.getMessage() + ")");
        } catch (CertificateException e) {
            throw new IllegalArgumentException(pem + ": not a PEM X.509 certificate (" + e.getMessage() + ")");
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(pem + ": holds no PEM certificate");
        }
        try {
            KeyStore roots = KeyStore.getInstance(KeyStore.getDefaultType());
            roots.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                roots.setCertificateEntry("root-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(roots);
            return new TlsTrust(context(factory.getTrustManagers()), "the certificates of " + pem);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("a trust store of " + pem + " could not be made", e);
        }
    }

    /** Any certificate, whatever its issuer and names: for a development server on loopback only. */
    public static TlsTrust anyCertificate() {
        return new TlsTrust(context(new TrustManager[] {new AnyCertificate()}), "any certificate (--insecure)");
    }

    /** The TLS context the target's client uses; empty for the JDK's default. */
    Optional<SSLContext> context() {
        return Optional.ofNullable(context);
    }

    @Override
    public String toString() {
        return description;
    }

    private static SSLContext context(TrustManager[] trustManagers) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS context", e);
        }
    }

    /** Trusts every chain; as an extended trust manager it also takes over the host name check, which it skips. */
    private static final class AnyCertificate extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            throw new UnsupportedOperationException("a client trust manager only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("a client trust manager only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("a client trust manager only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
