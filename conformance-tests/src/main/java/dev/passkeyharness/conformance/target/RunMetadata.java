package dev.passkeyharness.conformance.target;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.metadata.BlobKind;
import dev.passkeyharness.authenticator.metadata.TestMetadata;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.metadata.AuthenticatorMetadata;
import dev.passkeyharness.rp.metadata.MetadataException;
import dev.passkeyharness.rp.metadata.MetadataSources;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The trust a run sets up in the RP it starts: one attestation CA for every authenticator of the run, and the test
 * metadata BLOBs (valid and faulty) listing its root, signed once for the whole run.
 */
public final class RunMetadata {

    /** The name the valid BLOB has in messages; the faulty ones are named after it. */
    public static final String BLOB_NAME = "blob.jwt";

    private final AttestationCa ca;
    private final TestMetadata metadata;

    private RunMetadata(AttestationCa ca, TestMetadata metadata) {
        this.ca = ca;
        this.metadata = metadata;
    }

    public static RunMetadata create(AttestationCa ca, SecureRandom random, Clock clock) {
        Objects.requireNonNull(ca, "ca");
        return new RunMetadata(ca, TestMetadata.create(ca, Profiles.all(), Set.of(), random, clock));
    }

    public AttestationCa attestationCa() {
        return ca;
    }

    /** Every BLOB with the MDS root and its CRLs, as the RP reads them. */
    public MetadataSources sources() {
        try {
            List<MetadataSources.Blob> blobs = new ArrayList<>();
            for (BlobKind kind : BlobKind.values()) {
                blobs.add(new MetadataSources.Blob(kind.fileName(BLOB_NAME), metadata.blob(kind)));
            }
            List<X509CRL> crls = new ArrayList<>();
            for (Bytes crl : metadata.crls()) {
                crls.addAll(MetadataSources.crls(crl.toByteArray(), "test MDS CRL"));
            }
            return new MetadataSources(blobs,
                    MetadataSources.certificates(metadata.rootCertificate().toByteArray(), "test MDS root"), crls);
        } catch (MetadataException e) {
            throw new IllegalStateException("the test metadata just made does not read back: " + e.getMessage(), e);
        }
    }

    /** The BLOBs loaded as the RP loads them at {@code now}. */
    public AuthenticatorMetadata load(Instant now) {
        try {
            return AuthenticatorMetadata.load(sources(), now);
        } catch (MetadataException e) {
            throw new IllegalStateException("the test metadata just made does not load: " + e.getMessage(), e);
        }
    }

    /** The attestation root as a trust anchor, for authenticators without an AAGUID (fido-u2f). */
    public X509Certificate attestationRoot() {
        try {
            return MetadataSources.certificates(ca.rootCertificate().toByteArray(), "attestation root").get(0);
        } catch (MetadataException e) {
            throw new IllegalStateException("the attestation root does not read back", e);
        }
    }
}
