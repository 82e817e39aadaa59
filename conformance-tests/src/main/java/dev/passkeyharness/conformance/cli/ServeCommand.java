package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.metadata.AuthenticatorMetadata;
import dev.passkeyharness.rp.metadata.LoadedBlob;
import dev.passkeyharness.rp.metadata.MetadataException;
import dev.passkeyharness.rp.metadata.MetadataSources;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.webauthn.RelyingPartyPolicy;
import dev.passkeyharness.rp.webauthn.UserVerification;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: runs the reference RP with its pages until interrupted. */
@Command(name = "serve", description = "Start the reference relying party (pages and onboarding API; with "
        + "--conformance-api also the FIDO2 conformance API) and print the URL to open in a browser. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "H2 database. Default: " + Database.DEFAULT_URL + ".")
    String db = Database.DEFAULT_URL;

    @Option(names = "--rp-id", paramLabel = "ID", defaultValue = "localhost", description = "RP ID. Default: ${DEFAULT-VALUE}.")
    String rpId;

    @Option(names = "--origin", paramLabel = "URL", description = "Allowed origin (repeatable). Default: http://localhost:PORT.")
    List<String> origins = new ArrayList<>();

    @Option(names = "--user-verification", paramLabel = "REQ", defaultValue = "preferred",
            description = "required, preferred or discouraged. Default: ${DEFAULT-VALUE}.")
    String userVerification;

    @Option(names = "--trust-anchor", paramLabel = "PEM", description = "Require attestation chaining to these roots "
            + "(with --metadata-blob: only for authenticators without an AAGUID, i.e. fido-u2f).")
    List<Path> trustAnchors = new ArrayList<>();

    @Option(names = "--metadata-blob", paramLabel = "FILE", arity = "1..*",
            description = "FIDO MDS3 metadata BLOBs (JWT) that decide attestation trust; needs --metadata-root.")
    List<Path> metadataBlobs = new ArrayList<>();

    @Option(names = "--metadata-root", paramLabel = "PEM", description = "The MDS root the BLOBs' signing chains lead to.")
    Path metadataRoot;

    @Option(names = "--metadata-crl", paramLabel = "FILE", arity = "1..*",
            description = "CRLs (PEM or DER) for the BLOBs' signing chains.")
    List<Path> metadataCrls = new ArrayList<>();

    @Option(names = "--conformance-api", description = "Also serve the FIDO2 conformance API (/attestation/*, "
            + "/assertion/*) for test tools. It is unauthenticated; its users live apart from the onboarding accounts.")
    boolean conformanceApi;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 1 || port > 65535) {
            throw CliException.badInput("--port must be 1..65535");
        }
        if (!db.startsWith("jdbc:h2:")) {
            throw CliException.badInput("--db must be an H2 JDBC URL (jdbc:h2:...)");
        }
        for (String origin : origins) {
            checkOrigin(origin);
        }
        RpSettings settings = RpSettings.defaults().withHost(host).withPort(port).withDatabase(db)
                .withRelyingParty(rpId, origins).withUserVerification(userVerification())
                .withConformanceApi(conformanceApi);
        List<X509Certificate> anchors = anchors();
        if (!metadataBlobs.isEmpty() || metadataRoot != null || !metadataCrls.isEmpty()) {
            settings = settings.withMetadata(metadata(settings.clock()), anchors);
        } else if (!anchors.isEmpty()) {
            settings = settings.withTrustedAttestation(anchors);
        }
        ReferenceRp rp;
        try {
            rp = ReferenceRp.start(settings);
        } catch (RuntimeException e) {
            throw CliException.badInput("cannot start the reference RP: " + rootMessage(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            rp.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("Reference RP (RP ID " + rp.policy().rpId() + ") at " + rp.url()
                + (conformanceApi ? ", with the FIDO2 conformance API" : "")
                + " - open it in a browser; Ctrl-C stops it.");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private List<X509Certificate> anchors() {
        if (trustAnchors.isEmpty()) {
            return List.of();
        }
        try {
            return RelyingPartyPolicy.loadPemCertificates(trustAnchors.toArray(Path[]::new));
        } catch (IOException | RuntimeException e) {
            throw CliException.badInput("--trust-anchor: " + e.getMessage());
        }
    }

    /** Reads and processes the BLOBs; any BLOB it cannot trust is named on stderr, and none trusted is an error. */
    private AuthenticatorMetadata metadata(Clock clock) {
        if (metadataBlobs.isEmpty() || metadataRoot == null) {
            throw CliException.badInput("--metadata-blob and --metadata-root go together");
        }
        AuthenticatorMetadata metadata;
        try {
            metadata = AuthenticatorMetadata.load(
                    MetadataSources.read(metadataBlobs, List.of(metadataRoot), metadataCrls), clock.instant());
        } catch (MetadataException e) {
            throw CliException.badInput(e.getMessage());
        }
        for (LoadedBlob blob : metadata.blobs()) {
            if (blob instanceof LoadedBlob.Refused refused) {
                spec.commandLine().getErr().println("metadata BLOB " + refused.name() + " is not trusted: "
                        + refused.reason());
            }
        }
        if (metadata.blobs().stream().noneMatch(b -> b instanceof LoadedBlob.Trusted)) {
            throw CliException.badInput("no metadata BLOB can be trusted");
        }
        return metadata;
    }

    private UserVerification userVerification() {
        try {
            return UserVerification.valueOf(userVerification.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--user-verification must be required, preferred or discouraged");
        }
    }

    /** WebAuthn L3 §5.1.3 step 8: the RP ID must be the origin's host or a registrable suffix of it. */
    private void checkOrigin(String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw CliException.badInput("--origin " + origin + " is not a URL");
        }
        String host = uri.getHost();
        boolean shapeOk = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && host != null
                && (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null;
        if (!shapeOk) {
            throw CliException.badInput("--origin must look like https://host[:port], got " + origin);
        }
        if (!host.equals(rpId) && !host.endsWith("." + rpId)) {
            throw CliException.badInput("--origin " + origin + " does not belong to RP ID " + rpId);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
