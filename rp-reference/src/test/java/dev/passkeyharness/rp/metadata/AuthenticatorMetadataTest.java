package dev.passkeyharness.rp.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.metadata.data.toc.AuthenticatorStatus;
import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.metadata.BlobKind;
import dev.passkeyharness.authenticator.metadata.MetadataModels;
import dev.passkeyharness.authenticator.metadata.TestMetadata;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticatorMetadataTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static TestMetadata test;
    static AuthenticatorMetadata loaded;

    @BeforeAll
    static void blobs() throws MetadataException {
        AttestationCa ca = AttestationCa.create(new DeterministicRandom(3, "ca"), Clock.fixed(NOW, ZoneOffset.UTC));
        test = TestBlobs.create(ca, NOW, Set.of());
        loaded = TestBlobs.loadAll(test, NOW);
    }

    @Test
    void onlyTheValidAndTheExpiredBlobAreTrustedAndEachRefusalSaysWhy() {
        Map<String, LoadedBlob> byName = loaded.blobs().stream()
                .collect(Collectors.toMap(LoadedBlob::name, b -> b));
        assertInstanceOf(LoadedBlob.Trusted.class, byName.get("blob.jwt"));
        // nextUpdate is judged per ceremony, not at loading
        assertInstanceOf(LoadedBlob.Trusted.class, byName.get("blob-expired.jwt"));
        assertRefused(byName.get("blob-bad-signature.jwt"), "signature does not verify");
        assertRefused(byName.get("blob-untrusted-chain.jwt"), "signing chain does not verify");
        assertRefused(byName.get("blob-revoked-intermediate.jwt"), "revoked");
        assertRefused(byName.get("blob-revoked-signer.jwt"), "revoked");
    }

    @Test
    void withoutTheCrlsTheRevokedChainsVerify() throws MetadataException {
        MetadataSources all = TestBlobs.sources(test, BlobKind.REVOKED_INTERMEDIATE, BlobKind.REVOKED_SIGNER);
        MetadataSources noCrls = new MetadataSources(all.blobs(), all.roots(), List.of());
        AuthenticatorMetadata metadata = AuthenticatorMetadata.load(noCrls, NOW);
        metadata.blobs().forEach(b -> assertInstanceOf(LoadedBlob.Trusted.class, b, b.name()));
    }

    @Test
    void aProfileIsListedWithItsBlobAndNextUpdate() {
        AuthenticatorMetadata.Lookup lookup = loaded.find(aaguid(Profiles.SECURITY_KEY.aaguid()));
        AuthenticatorMetadata.Lookup.Listed listed = assertInstanceOf(AuthenticatorMetadata.Lookup.Listed.class, lookup);
        assertEquals("blob.jwt", listed.blob());
        assertEquals(NOW.atZone(ZoneOffset.UTC).toLocalDate().plusDays(TestMetadata.NEXT_UPDATE_DAYS),
                listed.nextUpdate());
    }

    @Test
    void anAuthenticatorListedOnlyInARefusedBlobIsNotListedAndTheReasonNamesTheBlob() {
        AuthenticatorMetadata.Lookup lookup =
                loaded.find(aaguid(MetadataModels.byName("bad-signature-blob").orElseThrow().aaguid()));
        String reason = assertInstanceOf(AuthenticatorMetadata.Lookup.NotListed.class, lookup).reason();
        assertTrue(reason.contains("blob-bad-signature.jwt") && reason.contains("signature"), reason);
        assertInstanceOf(AuthenticatorMetadata.Lookup.NotListed.class, loaded.find(aaguid(Bytes.of(new byte[16]))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"revoked", "user-verification-bypass", "attestation-key-compromise",
            "user-key-remote-compromise", "user-key-physical-compromise"})
    void theLatestStatusOfACompromisedModelIsRefused(String model) {
        AuthenticatorMetadata.Lookup.Listed listed = assertInstanceOf(AuthenticatorMetadata.Lookup.Listed.class,
                loaded.find(aaguid(MetadataModels.byName(model).orElseThrow().aaguid())));
        assertEquals(2, listed.entry().getStatusReports().size());
        assertEquals(model.toUpperCase().replace('-', '_'),
                EntryChecks.refusedStatus(listed.entry()).orElseThrow().getValue());
        assertEquals(AuthenticatorStatus.FIDO_CERTIFIED, EntryChecks.currentStatus(
                ((AuthenticatorMetadata.Lookup.Listed) loaded.find(aaguid(Profiles.SECURITY_KEY.aaguid()))).entry())
                .orElseThrow());
    }

    @Test
    void malformedBlobsAreErrorsNamingTheBlob() throws MetadataException {
        MetadataSources valid = TestBlobs.sources(test, BlobKind.VALID);
        String[] payload = test.blob(BlobKind.VALID).split("\\.");
        String notJson = payload[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{not json".getBytes(StandardCharsets.UTF_8)) + "." + payload[2];
        String noEntries = payload[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"no\":1}".getBytes(StandardCharsets.UTF_8)) + "." + payload[2];
        for (String jws : List.of("", "garbage", "a.b.c", notJson, noEntries, "..", payload[0] + "." + payload[1])) {
            MetadataSources sources = new MetadataSources(List.of(new MetadataSources.Blob("x.jwt", jws)),
                    valid.roots(), valid.crls());
            MetadataException e = assertThrows(MetadataException.class,
                    () -> AuthenticatorMetadata.load(sources, NOW), jws);
            assertTrue(e.getMessage().startsWith("metadata BLOB x.jwt: "), e.getMessage());
        }
    }

    @Test
    void unreadableOrWrongFilesAreErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        Path blob = Files.writeString(dir.resolve("blob.jwt"), test.blob(BlobKind.VALID));
        Path root = Files.writeString(dir.resolve("root.pem"), test.rootCertificatePem());
        Path crl = Files.write(dir.resolve("root.crl"), test.crls().get(0).toByteArray());
        Path junk = Files.writeString(dir.resolve("junk.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
        Path missing = dir.resolve("missing.jwt");
        assertEquals(1, MetadataSources.read(List.of(blob), List.of(root), List.of(crl)).crls().size());
        assertMessage(() -> MetadataSources.read(List.of(missing), List.of(root), List.of()), "missing.jwt");
        assertMessage(() -> MetadataSources.read(List.of(blob), List.of(junk), List.of()), "junk.pem");
        assertMessage(() -> MetadataSources.read(List.of(blob), List.of(blob), List.of()), "blob.jwt");
        assertMessage(() -> MetadataSources.read(List.of(blob), List.of(root), List.of(root)), "root.pem");
        assertMessage(() -> MetadataSources.read(List.of(), List.of(root), List.of()), "BLOB");
    }

    private interface Reading {
        void run() throws MetadataException;
    }

    private static void assertMessage(Reading reading, String part) {
        MetadataException e = assertThrows(MetadataException.class, reading::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static void assertRefused(LoadedBlob blob, String reasonPart) {
        LoadedBlob.Refused refused = assertInstanceOf(LoadedBlob.Refused.class, blob);
        assertTrue(refused.reason().contains(reasonPart), refused.reason());
    }

    static AAGUID aaguid(Bytes bytes) {
        return new AAGUID(bytes.toByteArray());
    }
}
