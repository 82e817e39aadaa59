package dev.passkeyharness.conformance.cli;

import static dev.passkeyharness.conformance.catalogue.TestChecks.setup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.data.attestation.authenticator.AAGUID;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.metadata.AuthenticatorMetadata;
import dev.passkeyharness.rp.metadata.EntryChecks;
import dev.passkeyharness.rp.metadata.LoadedBlob;
import dev.passkeyharness.rp.metadata.MetadataSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** authenticator metadata writes BLOBs an RP loads, and the metadata checks pass against an RP loading them. */
class MetadataCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheBlobAndTheRootAndTheBlobListsTheStateFilesAttestationRoot() throws Exception {
        Path state = dir.resolve("state.json");
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "metadata", "--out",
                dir.resolve("mds/blob.jwt").toString(), "--state", state.toString(), "--revoke",
                "7068682d-7365-6375-7269-747979796b65");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertEquals(2, result.out().lines().count(), result.out());
        AuthenticatorMetadata metadata = AuthenticatorMetadata.load(MetadataSources.read(
                List.of(dir.resolve("mds/blob.jwt")), List.of(dir.resolve("mds/mds-root.pem")), List.of()),
                Instant.now());
        AuthenticatorMetadata.Lookup.Listed listed = assertInstanceOf(AuthenticatorMetadata.Lookup.Listed.class,
                metadata.find(new AAGUID(Profiles.SECURITY_KEY.aaguid().toByteArray())));
        byte[] stateRoot = CredentialStateFile.read(state).orElseThrow().attestationCa().rootCertificate()
                .toByteArray();
        assertTrue(Arrays.equals(stateRoot,
                listed.entry().getMetadataStatement().getAttestationRootCertificates().get(0).getEncoded()));
        assertEquals("REVOKED", EntryChecks.refusedStatus(listed.entry()).orElseThrow().getValue());
    }

    @Test
    void theMetadataChecksPassAgainstTheReferenceRpLoadingTheWrittenBlobs() throws Exception {
        Path state = dir.resolve("state.json");
        CliRunner.Result written = CliRunner.run(CliContext.standard(), "authenticator", "metadata", "--out",
                dir.resolve("blob.jwt").toString(), "--state", state.toString(), "--with-faulty");
        assertEquals(ExitCodes.OK, written.exitCode(), written.err());
        List<Path> blobs;
        try (Stream<Path> files = Files.list(dir)) {
            blobs = files.filter(f -> f.toString().endsWith(".jwt")).sorted().toList();
        }
        assertEquals(6, blobs.size());
        AuthenticatorMetadata metadata = AuthenticatorMetadata.load(MetadataSources.read(blobs,
                List.of(dir.resolve("mds-root.pem")), List.of(dir.resolve("mds-root.crl"),
                        dir.resolve("mds-intermediate.crl"))), Instant.now());
        assertEquals(2, metadata.blobs().stream().filter(b -> b instanceof LoadedBlob.Trusted).count());

        List<String> args = new ArrayList<>();
        List<Check> trustChecks = BuiltInCatalogue.load().stream().filter(c -> setup(c).metadata() != null).toList();
        try (ReferenceRp rp = ReferenceRp.start(RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:metadata-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                .withMetadata(metadata, List.of()).withConformanceApi(true))) {
            args.addAll(List.of("run", "--target", rp.url(), "--state", state.toString(), "--seed", "3", "--check"));
            trustChecks.forEach(c -> args.add(c.id()));
            CliRunner.Result run = CliRunner.run(CliContext.standard(), args.toArray(String[]::new));

            assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains(trustChecks.size() + " checks: " + trustChecks.size() + " passed"),
                    run.out());
        }
        assertTrue(trustChecks.size() >= 17, "checks: " + trustChecks.size());
    }
}
