package dev.passkeyharness.authenticator.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.metadata.data.MetadataBLOB;
import com.webauthn4j.metadata.data.MetadataBLOBFactory;
import com.webauthn4j.metadata.data.MetadataBLOBPayloadEntry;
import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestMetadataTest {

    static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final AttestationCa CA = AttestationCa.create(new DeterministicRandom(1, "ca"), CLOCK);
    static final MetadataBLOBFactory PARSER = new MetadataBLOBFactory(new ObjectConverter());

    private static TestMetadata create(Set<Bytes> revoked) {
        return TestMetadata.create(CA, Profiles.all(), revoked, new DeterministicRandom(2, "mds"), CLOCK);
    }

    @Test
    void theValidBlobIsASignedJwsListingEveryProfileWithAnAaguidAndTheValidModels() {
        MetadataBLOB blob = PARSER.parse(create(Set.of()).blob(BlobKind.VALID));
        assertTrue(blob.isValidSignature());
        assertEquals(LocalDate.of(2026, 5, 31), blob.getPayload().getNextUpdate());
        Set<AAGUID> listed = Set.copyOf(blob.getPayload().getEntries().stream()
                .map(MetadataBLOBPayloadEntry::getAaguid).toList());
        Profiles.all().stream().filter(p -> !p.aaguid().equals(Bytes.of(new byte[16])))
                .forEach(p -> assertTrue(listed.contains(new AAGUID(p.aaguid().toByteArray())), p.name()));
        MetadataModels.ALL.forEach(m -> assertEquals(m.blob() == BlobKind.VALID,
                listed.contains(new AAGUID(m.aaguid().toByteArray())), m.name()));
        MetadataBLOBPayloadEntry securityKey = entry(blob, Profiles.SECURITY_KEY.aaguid());
        assertEquals(List.of(CA.rootCertificate()), securityKey.getMetadataStatement().getAttestationRootCertificates()
                .stream().map(c -> encoded(c)).toList());
    }

    @Test
    void eachFaultyBlobHasItsOneFault() {
        TestMetadata metadata = create(Set.of());
        assertTrue(PARSER.parse(metadata.blob(BlobKind.EXPIRED)).isValidSignature());
        assertTrue(PARSER.parse(metadata.blob(BlobKind.EXPIRED)).getPayload().getNextUpdate()
                .isBefore(LocalDate.of(2026, 5, 1)));
        assertFalse(PARSER.parse(metadata.blob(BlobKind.BAD_SIGNATURE)).isValidSignature());
        for (BlobKind kind : List.of(BlobKind.UNTRUSTED_CHAIN, BlobKind.REVOKED_INTERMEDIATE, BlobKind.REVOKED_SIGNER)) {
            MetadataBLOB blob = PARSER.parse(metadata.blob(kind));
            assertTrue(blob.isValidSignature(), kind.name());
            assertEquals(2, blob.getHeader().getX5c().getCertificates().size());
        }
    }

    @Test
    void aRevokedAaguidGetsALaterRevokedReportAndAnUnknownOneIsRefused() {
        MetadataBLOB blob = PARSER.parse(create(Set.of(Profiles.SECURITY_KEY.aaguid())).blob(BlobKind.VALID));
        MetadataBLOBPayloadEntry entry = entry(blob, Profiles.SECURITY_KEY.aaguid());
        assertEquals("REVOKED", entry.getStatusReports().get(entry.getStatusReports().size() - 1).getStatus().getValue());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> create(Set.of(Bytes.fromHex("00112233445566778899aabbccddeeff"))));
        assertTrue(e.getMessage().contains("00112233-4455-6677-8899-aabbccddeeff"), e.getMessage());
    }

    @Test
    void writeLeavesTheBlobAndTheRootAndWithFaultyEverythingElseBesideIt(@TempDir Path dir) throws Exception {
        TestMetadata metadata = create(Set.of());
        assertEquals(2, metadata.write(dir.resolve("a/blob.jwt"), false).size());
        List<Path> all = metadata.write(dir.resolve("b/mds.jwt"), true);
        assertEquals(9, all.size());
        assertTrue(Files.exists(dir.resolve("b/mds-bad-signature.jwt")));
        assertTrue(Files.readString(dir.resolve("b/" + TestMetadata.ROOT_PEM)).startsWith("-----BEGIN CERTIFICATE"));
        assertEquals(metadata.blob(BlobKind.REVOKED_SIGNER), Files.readString(dir.resolve("b/mds-revoked-signer.jwt")));
    }

    @Test
    void fileNamesFollowTheValidBlobsName() {
        assertEquals("blob-expired.jwt", BlobKind.EXPIRED.fileName("blob.jwt"));
        assertEquals("mds-bad-signature", BlobKind.BAD_SIGNATURE.fileName("mds"));
        assertEquals("blob.jwt", BlobKind.VALID.fileName("blob.jwt"));
    }

    private static MetadataBLOBPayloadEntry entry(MetadataBLOB blob, Bytes aaguid) {
        AAGUID wanted = new AAGUID(aaguid.toByteArray());
        return blob.getPayload().getEntries().stream().filter(e -> wanted.equals(e.getAaguid())).findFirst()
                .orElseThrow();
    }

    private static Bytes encoded(java.security.cert.X509Certificate certificate) {
        try {
            return Bytes.of(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
