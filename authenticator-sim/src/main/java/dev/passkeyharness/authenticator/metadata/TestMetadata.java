package dev.passkeyharness.authenticator.metadata;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.attestation.PackedAttestation;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.pki.MdsPki;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test FIDO MDS3 metadata for the simulator: a BLOB listing every profile (with a non-zero AAGUID) and every
 * {@link MetadataModels test model} with the attestation CA's root as attestation root, signed once by a generated
 * MDS PKI, plus the faulty BLOBs, the MDS root and its CRLs. Everything is made at creation, so a run signs once.
 */
public final class TestMetadata {

    /** Days until the valid BLOBs' nextUpdate (FIDO Metadata Service v3 §3.1.6). */
    public static final int NEXT_UPDATE_DAYS = 30;
    public static final String ROOT_PEM = "mds-root.pem";
    public static final String ROOT_CRL = "mds-root.crl";
    public static final String INTERMEDIATE_CRL = "mds-intermediate.crl";

    private final Map<BlobKind, String> blobs;
    private final Bytes rootCertificate;
    private final List<Bytes> crls;

    private TestMetadata(Map<BlobKind, String> blobs, Bytes rootCertificate, List<Bytes> crls) {
        this.blobs = blobs;
        this.rootCertificate = rootCertificate;
        this.crls = crls;
    }

    /**
     * Builds the BLOBs for {@code profiles} and the test models; {@code revoked} AAGUIDs get a later REVOKED status
     * report. Keys come from {@code random}, dates from {@code clock}.
     *
     * @throws IllegalArgumentException if a revoked AAGUID has no entry
     */
    public static TestMetadata create(AttestationCa ca, Collection<AuthenticatorProfile> profiles, Set<Bytes> revoked,
            SecureRandom random, Clock clock) {
        Objects.requireNonNull(ca, "ca");
        MdsPki pki = MdsPki.create(random, clock.instant());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<BlobKind, ArrayNode> entries = new EnumMap<>(BlobKind.class);
        for (BlobKind kind : BlobKind.values()) {
            entries.put(kind, MetadataStatements.JSON.createArrayNode());
        }
        Set<Bytes> listed = new HashSet<>();
        List<Bytes> harnessRoot = List.of(ca.rootCertificate());
        for (AuthenticatorProfile profile : profiles) {
            if (profile.aaguid().equals(Bytes.of(new byte[16])) || !listed.add(profile.aaguid())) {
                continue;  // fido-u2f carries no AAGUID (WebAuthn L3 §8.6): its trust comes from a PEM anchor
            }
            entries.get(BlobKind.VALID).add(MetadataStatements.entry(profile, harnessRoot,
                    statuses(List.of(AuthenticatorStatus.FIDO_CERTIFIED), profile.aaguid(), revoked)));
        }
        for (MetadataModel model : MetadataModels.ALL) {
            listed.add(model.aaguid());
            List<Bytes> roots = switch (model.attestationRoot()) {
                case HARNESS_ROOT -> harnessRoot;
                case UNRELATED_ROOT -> List.of(pki.rootCertificate());
                // a batch key is derived from the CA and the model, so its certificate exists before any device asks
                case BATCH_CERTIFICATE -> List.of(new PackedAttestation(ca, Profiles.SECURITY_KEY.vendorName())
                        .batchCertificate(model.aaguid()));
            };
            entries.get(model.blob()).add(MetadataStatements.entry(model, Profiles.SECURITY_KEY, roots,
                    statuses(model.statuses(), model.aaguid(), revoked)));
        }
        Set<Bytes> unknown = revoked.stream().filter(a -> !listed.contains(a)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no metadata entry for AAGUID " + unknown.stream()
                    .map(MetadataStatements::uuid).sorted().collect(Collectors.joining(", ")));
        }
        Map<BlobKind, String> signed = new EnumMap<>(BlobKind.class);
        int serial = 1;
        for (BlobKind kind : BlobKind.values()) {
            LocalDate nextUpdate = kind == BlobKind.EXPIRED ? today.minusDays(1) : today.plusDays(NEXT_UPDATE_DAYS);
            signed.put(kind, Mds3Jws.sign(payload(serial++, nextUpdate, entries.get(kind)), chainFor(pki, kind),
                    kind == BlobKind.BAD_SIGNATURE));
        }
        return new TestMetadata(signed, pki.rootCertificate(), pki.crls());
    }

    /** The BLOB of that kind: a compact JWS. */
    public String blob(BlobKind kind) {
        return blobs.get(kind);
    }

    /** The MDS root certificate (DER) a relying party verifies BLOB chains up to. */
    public Bytes rootCertificate() {
        return rootCertificate;
    }

    public String rootCertificatePem() {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject("CERTIFICATE", rootCertificate.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PEM", e);
        }
        return out.toString();
    }

    /** The MDS root's and intermediate's CRLs (DER). */
    public List<Bytes> crls() {
        return crls;
    }

    /**
     * Writes the valid BLOB to {@code blobFile} and {@link #ROOT_PEM} beside it; with {@code faulty} also the faulty
     * BLOBs (names from {@link BlobKind#fileName}) and the two CRLs. Returns every file written.
     */
    public List<Path> write(Path blobFile, boolean faulty) throws IOException {
        Path dir = blobFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String name = blobFile.getFileName().toString();
        List<Path> written = new ArrayList<>();
        written.add(writeText(blobFile, blob(BlobKind.VALID)));
        written.add(writeText(dir.resolve(ROOT_PEM), rootCertificatePem()));
        if (faulty) {
            for (BlobKind kind : BlobKind.values()) {
                if (kind != BlobKind.VALID) {
                    written.add(writeText(dir.resolve(kind.fileName(name)), blob(kind)));
                }
            }
            written.add(Files.write(dir.resolve(ROOT_CRL), crls.get(0).toByteArray()));
            written.add(Files.write(dir.resolve(INTERMEDIATE_CRL), crls.get(1).toByteArray()));
        }
        return written;
    }

    private static Path writeText(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static List<AuthenticatorStatus> statuses(List<AuthenticatorStatus> own, Bytes aaguid, Set<Bytes> revoked) {
        if (!revoked.contains(aaguid)) {
            return own;
        }
        List<AuthenticatorStatus> out = new ArrayList<>(own);
        out.add(AuthenticatorStatus.REVOKED);
        return out;
    }

    /** FIDO Metadata Service v3 §3.1.6 MetadataBLOBPayload. */
    private static ObjectNode payload(int serial, LocalDate nextUpdate, ArrayNode entries) {
        ObjectNode payload = MetadataStatements.JSON.createObjectNode();
        payload.put("legalHeader", "Test metadata for passkey-harness; not for production use.");
        payload.put("no", serial);
        payload.put("nextUpdate", nextUpdate.toString());
        payload.set("entries", entries);
        return payload;
    }

    /** The chain each BLOB is signed with: a faulty chain for the chain faults, the valid one for the rest. */
    private static MdsPki.SigningChain chainFor(MdsPki pki, BlobKind kind) {
        return switch (kind) {
            case UNTRUSTED_CHAIN -> pki.untrusted();
            case REVOKED_INTERMEDIATE -> pki.underRevokedIntermediate();
            case REVOKED_SIGNER -> pki.revokedSigner();
            case VALID, EXPIRED, BAD_SIGNATURE -> pki.valid();
        };
    }
}
