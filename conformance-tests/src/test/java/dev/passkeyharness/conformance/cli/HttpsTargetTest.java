package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.report.ConsoleReportWriter;
import dev.passkeyharness.conformance.target.Forwarder;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An https development server with a self-signed certificate for localhost (a TLS front of a reference RP whose origin
 * is https://localhost:PORT): refused as untrusted by default, reached with {@code --ca-cert} and with
 * {@code --insecure}; {@code --insecure} is refused for a host that is not this machine.
 */
class HttpsTargetTest {

    private static final CliContext BUILT_IN = new CliContext(new BuiltInChecks(), ConsoleReportWriter::new);
    private static final String[] CHECKS = {"--check", "builtin.registration.valid", "builtin.authentication.valid",
        "builtin.registration.challenge-wrong"};

    @TempDir
    static Path dir;

    private static HttpsServer front;
    private static ReferenceRp rp;
    private static Path certificate;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("EC").generateKeyPair();
        X509Certificate selfSigned = selfSigned(key);
        certificate = dir.resolve("localhost.pem");
        try (JcaPEMWriter pem = new JcaPEMWriter(Files.newBufferedWriter(certificate))) {
            pem.writeObject(selfSigned);
        }
        front = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        front.setHttpsConfigurator(new HttpsConfigurator(serverContext(key, selfSigned)));
        url = "https://localhost:" + front.getAddress().getPort();
        rp = ReferenceRp.start(RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:https-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withRelyingParty("localhost", List.of(url))
                .withConformanceApi(true));
        front.createContext("/", Forwarder.to(rp.port(), path -> path));
        front.start();
    }

    @AfterAll
    static void stop() {
        front.stop(0);
        rp.close();
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithHowToTrustIt() {
        CliRunner.Result result = CliRunner.run(BUILT_IN, run());

        assertEquals(ExitCodes.TARGET_UNREACHABLE, result.exitCode(), result.err());
        assertTrue(result.err().contains("--ca-cert PEM"), result.err());
    }

    @Test
    void theCertificateGivenWithCaCertIsTrustedAndTheOriginIsTheUrls() {
        CliRunner.Result result = CliRunner.run(BUILT_IN, run("--ca-cert", certificate.toString()));

        assertEquals(ExitCodes.OK, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("3 passed"), result.out());
    }

    @Test
    void insecureAcceptsAnyCertificateOfALoopbackTarget() {
        CliRunner.Result result = CliRunner.run(BUILT_IN, run("--insecure"));

        assertEquals(ExitCodes.OK, result.exitCode(), result.out() + result.err());
    }

    @Test
    void insecureIsRefusedForAnotherHostAndCaCertForAFileThatIsNoCertificate() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "hello");

        CliRunner.Result remote = CliRunner.run(BUILT_IN, "run", "--target", "https://rp.example.com", "--insecure");
        CliRunner.Result notPem = CliRunner.run(BUILT_IN, run("--ca-cert", junk.toString()));
        CliRunner.Result both = CliRunner.run(BUILT_IN, run("--ca-cert", certificate.toString(), "--insecure"));

        assertEquals(ExitCodes.BAD_INPUT, remote.exitCode());
        assertTrue(remote.err().contains("only for a target on this machine"), remote.err());
        assertEquals(ExitCodes.BAD_INPUT, notPem.exitCode());
        assertTrue(notPem.err().contains("--ca-cert"), notPem.err());
        assertEquals(ExitCodes.BAD_INPUT, both.exitCode());
    }

    /** One RP serves every test: each run its own seed, so none registers another's credentials again. */
    private static final java.util.concurrent.atomic.AtomicInteger SEEDS = new java.util.concurrent.atomic.AtomicInteger(5);

    private static String[] run(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--target", url, "--seed",
                String.valueOf(SEEDS.getAndIncrement())));
        args.addAll(List.of(CHECKS));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static X509Certificate selfSigned(KeyPair key) throws Exception {
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))), name,
                key.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())));
    }

    private static SSLContext serverContext(KeyPair key, X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("localhost", key.getPrivate(), new char[0], new X509Certificate[] {certificate});
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, new char[0]);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
